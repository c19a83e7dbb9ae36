import { describe, expect, it } from 'vitest';
import { timeProgress } from './project-progress.js';

describe('timeProgress', () => {
  it('tells before, during and after the planned time', () => {
    expect(timeProgress('2020-01-01', '2020-01-11', '2019-12-31')).toEqual({ stage: 'not_started' });
    expect(timeProgress('2020-01-01', '2020-01-11', '2020-01-01')).toEqual({ stage: 'running', percent: 0 });
    expect(timeProgress('2020-01-01', '2020-01-11', '2020-01-06')).toEqual({ stage: 'running', percent: 50 });
    expect(timeProgress('2020-01-01', '2020-01-11', '2020-01-11')).toEqual({ stage: 'running', percent: 100 });
    expect(timeProgress('2020-01-01', '2020-01-11', '2020-01-12')).toEqual({ stage: 'ended' });
  });

  it('counts whole days across a leap year', () => {
    expect(timeProgress('2024-01-01', '2024-12-31', '2024-07-01')).toEqual({ stage: 'running', percent: 50 });
  });

  it('has nothing to say without a proper span', () => {
    expect(timeProgress(null, '2020-01-11', '2020-01-05')).toBeNull();
    expect(timeProgress('2020-01-11', '2020-01-01', '2020-01-05')).toBeNull();
    expect(timeProgress('2020-02-30', '2020-03-11', '2020-03-05')).toBeNull();
  });
});
