/**
 * The timer functions every JavaScript host we run on provides (browsers, Node, Electron). `app/` declares
 * just these instead of pulling in DOM or Node typings, so it cannot lean on anything platform-specific.
 */
declare function setTimeout(handler: () => void, timeoutMs?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare function queueMicrotask(callback: () => void): void;
