import type { settingsAiZh, settingsIngestZh } from './settings-ai.zh-CN';

export const settingsAiEn: typeof settingsAiZh = {
  heading: 'AI assistant model',
  help: 'Without a model the live copilot suggests from its offline rules; API keys stay on this computer.',
  provider: 'Model service',
  providers: {
    off: 'Offline (no language model)',
    openai: 'OpenAI',
    deepseek: 'DeepSeek',
    dashscope: 'Qwen (DashScope compatible mode)',
    ollama: 'Ollama (this computer)',
    lmstudio: 'LM Studio (this computer)',
    custom: 'Custom',
    local: 'Model file on this computer (GGUF)',
  },
  baseUrl: 'Service address',
  model: 'Model name',
  apiKey: 'API key',
  apiKeySaved: 'Saved (leave empty to keep)',
  clearKey: 'Clear',
  localPath: 'Model file path (e.g. D:\\models\\qwen2.5-1.5b.gguf)',
  localState: {
    stopped: 'Not loaded',
    loading: 'Loading…',
    ready: 'Loaded and ready',
    failed: 'Failed to load',
  },
  timeout: 'Timeout (seconds)',
  save: 'Save',
  saved: 'Saved',
  test: 'Test connection',
  testOk: 'Connected: {{model}} in {{latency}} ms',
};

export const settingsIngestEn: typeof settingsIngestZh = {
  heading: 'Live comment intake',
  enabled: 'Accept comments from a forwarding tool',
  port: 'Port',
  apply: 'Save',
  listening: 'Receiving',
  stopped: 'Off',
  problem: {
    portInUse: 'Another program is using this port; choose a different one.',
    failed: 'The comment intake could not open; try a different port.',
  },
  url: 'Comment address',
  wsUrl: 'WebSocket address',
  token: 'Token',
  copy: 'Copy',
  copied: 'Copied',
  example: 'Try it',
  help: 'Forwarding tools post JSON to the address above: {platform, userId, nickname, text, time}, with the header Authorization: Bearer <token>. Only this computer may connect.',
};
