// Zod compiles object schemas with `new Function` unless told not to. The pages' Content-Security-
// Policy forbids eval, so forms validate without it (slower only on huge inputs, never wrong).
// Imported (for its effect) by every schema module that forms use in the browser.
//
// Messages a schema does not set itself are plain words for people, never zod's own
// ("Too big: expected string to have <=120 characters").
import { config, type $ZodRawIssue } from 'zod/v4/core';

export function plainMessage(issue: $ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${Number(issue.maximum).toLocaleString('en-GB')} characters`;
      if (issue.origin === 'number' || issue.origin === 'int') return `Enter ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose at most ${issue.maximum}`;
      return 'This is too long';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'This field is required' : `Use at least ${issue.minimum} characters`;
      if (issue.origin === 'number' || issue.origin === 'int') return `Enter ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Choose at least ${issue.minimum}`;
      return 'This is too short';
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? 'This field is required' : issue.expected === 'number' || issue.expected === 'int' ? 'Enter a number' : 'Check this value';
    case 'invalid_format':
      return issue.format === 'email' ? 'Enter a valid email address' : issue.format === 'url' ? 'Enter a valid web address' : 'Check the format of this value';
    case 'invalid_value':
      return 'Choose one of the options';
    default:
      return undefined;
  }
}

config({ jitless: true, customError: plainMessage });
