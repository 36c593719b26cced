/** Messaging's counters are the app's one counter (components/CharCount.tsx). */
export { CharCount as Count, COUNT_BELOW } from '../../components/CharCount';
