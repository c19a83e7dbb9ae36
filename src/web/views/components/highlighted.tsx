import type { TextSegment } from '../../../domain/search-snippet.js';

/** Text with the parts that matched a search wrapped in <mark>; the text itself is escaped as always. */
export function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>{segments.map((segment, index) => (segment.isMatch ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
  );
}
