import { describe, expect, test } from 'vitest';
import { apiName } from '../../src/emit/api-name.js';

describe('apiName', () => {
  const cases: [string, { given: [string | undefined, string]; want: string }][] = [
    ['a title that names the API is kept', { given: ['Stripe API', '@acme/stripe'], want: 'Stripe API' }],
    ['an environment qualifier is dropped', { given: ['Payments API (staging)', '@acme/payments'], want: 'Payments API' }],
    ['a generic title with a qualifier gives way to the package name (Periskope)', { given: ['API - Local', '@periskope/periskope-client'], want: 'Periskope API' }],
    ['a generic title alone', { given: ['REST API', '@acme/shop-sdk'], want: 'Shop API' }],
    ['no title', { given: [undefined, 'billing-api'], want: 'Billing API' }],
    ['line breaks and runs of spaces are one space', { given: ['My\n  Shop', '@acme/x'], want: 'My Shop' }],
    ['a qualifier-like word inside the title stays', { given: ['Test Data Service', '@acme/x'], want: 'Test Data Service' }],
    ['a package name without words', { given: ['API', '@acme/client'], want: 'the API' }],
  ];
  test.each(cases)('%s', (_name, { given, want }) => expect(apiName(...given)).toBe(want));
});
