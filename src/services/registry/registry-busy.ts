/** For the editorial area: tells a write refused because the registry was busy from a fault. */
export { isRegistryBusy } from '../../storage/registry-busy.js';
