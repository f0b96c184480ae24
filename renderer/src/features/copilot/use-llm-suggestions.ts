import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../app/contract/errors';
import { requireBridge } from '../../bridge/bridge-store';
import { errorMessage } from '../../i18n/error-message';
import { llmAnswerSchema, llmMessages, readLlmAnswer, type LlmAnswer, type LlmFacts } from './llm-prompt';

export type LlmState =
  | { phase: 'idle' }
  | { phase: 'streaming'; requestId: string; text: string }
  | { phase: 'done'; answer: LlmAnswer; model: string }
  /** The model could not answer: the offline lines stay, with why. */
  | { phase: 'fallback'; note: string };

// Lines are read out mid-show: an answer that has not started within seconds is no longer useful.
const limits = { maxTokens: 300, temperature: 0.7, firstTokenTimeoutMs: 10_000, timeoutMs: 30_000 };

/** Asks the configured model to rewrite the lines, streaming its text; any failure falls back with a note. */
export function useLlmSuggestions() {
  const { t } = useTranslation();
  const [state, setState] = useState<LlmState>({ phase: 'idle' });
  const running = useRef<string | null>(null);

  useEffect(
    () => () => {
      // Leaving the page must not leave the model generating lines nobody will read.
      if (running.current !== null)
        void requireBridge()
          .call('ai.cancel', { requestId: running.current })
          .catch(() => undefined);
      running.current = null;
    },
    [],
  );

  const ask = async (facts: LlmFacts) => {
    const bridge = requireBridge();
    const requestId = crypto.randomUUID();
    running.current = requestId;
    setState({ phase: 'streaming', requestId, text: '' });
    const detach = bridge.on('ai.textGenerated', (delta) => {
      if (delta.requestId !== requestId || running.current !== requestId) return;
      setState((prev) => (prev.phase === 'streaming' ? { ...prev, text: prev.text + delta.text } : prev));
    });
    try {
      const result = await bridge.call('ai.generate', {
        requestId,
        messages: llmMessages(facts),
        schema: llmAnswerSchema,
        ...limits,
      });
      const answer = readLlmAnswer(result.json);
      if (running.current !== requestId) return;
      setState(
        answer === null
          ? { phase: 'fallback', note: errorMessage(t, new AppError('AI_BAD_OUTPUT', 'No usable line')) }
          : { phase: 'done', answer, model: result.model },
      );
    } catch (error) {
      if (running.current === requestId) setState({ phase: 'fallback', note: errorMessage(t, error) });
    } finally {
      detach();
      if (running.current === requestId) running.current = null;
    }
  };

  const stop = async () => {
    if (state.phase !== 'streaming') return;
    // ai.generate then raises AI_CANCELLED, which sets the note; a refused cancel changes nothing.
    await requireBridge()
      .call('ai.cancel', { requestId: state.requestId })
      .catch(() => undefined);
  };

  return { state, ask, stop };
}
