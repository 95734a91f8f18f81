/**
 * Maps Anthropic's `stop_reason` to OpenAI's `finish_reason`. `pause_turn` (a server tool paused a
 * long turn) ends this answer normally; unknown or missing reasons read as `stop`.
 */
export function finishReasonFromAnthropic(stopReason: string | null | undefined): 'stop' | 'length' | 'tool_calls' | 'content_filter' {
  switch (stopReason) {
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      // end_turn, stop_sequence, pause_turn and reasons added after this was written
      return 'stop';
  }
}
