/** A caption line at absolute stream times in ms (from the start of the stream or file), like SttSegment. */
export interface TimedText {
  startMs: number;
  endMs: number;
  text: string;
}
