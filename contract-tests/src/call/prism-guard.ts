import { ProblemJsonError } from '@stoplight/prism-http';

/**
 * The response header that says Prism threw while handling a request (the in-process mock's answer then is not a
 * mocked response but this guard's 500 problem): its value is Prism's error, on one line.
 */
export const MOCK_THREW_HEADER = 'x-contract-mock-threw';

/** The part of a Prism instance this guard wraps: `request`, which returns a TaskEither (a function to a promise). */
interface PrismRequester {
  request: (...args: never[]) => () => Promise<unknown>;
}

/**
 * Makes every error Prism throws while handling a request an answer. Prism's HTTP server runs `prism.request()`
 * inside a TaskEither it never awaits, so a throw from its validator or mocker (a deserializer reading a parameter
 * that is not there, say) is an unhandled rejection: it ends the whole process, and the call waits for an answer
 * that never comes. Wrapped, such a throw becomes Prism's own error path (the Left of the TaskEither), which its
 * server sends as a 500 problem+json carrying MOCK_THREW_HEADER. Prism's own Left answers are unchanged.
 */
export function guardPrismRequests(prism: PrismRequester): void {
  const request = prism.request;
  prism.request = ((...args: never[]) => {
    let task: () => Promise<unknown>;
    try {
      task = request.apply(prism, args);
    } catch (error) {
      return () => Promise.resolve(left(error));
    }
    return () => {
      try {
        return task().catch((error: unknown) => left(error));
      } catch (error) {
        return Promise.resolve(left(error));
      }
    };
  }) as PrismRequester['request'];
}

/** fp-ts's Left of a ProblemJsonError, built by hand: this module needs no fp-ts of its own. */
function left(error: unknown): { _tag: 'Left'; left: ProblemJsonError } {
  const message = oneLine(error);
  const problem = ProblemJsonError.fromTemplate({ type: 'CONTRACT_MOCK_THREW', title: 'Prism threw while handling the request', status: 500 }, message, {
    headers: { [MOCK_THREW_HEADER]: message },
  });
  return { _tag: 'Left', left: problem };
}

/** The error's message on one line, in characters a header can carry, and not too long for one. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').replace(/[^\x20-\x7e]/g, '?').trim().slice(0, 500) || 'unknown error';
}
