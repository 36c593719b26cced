import { describe, expect, it } from 'vitest';
import { commandFor, isTyping, move, toggle } from './shortcuts';

describe('inbox shortcuts', () => {
  it('maps keys to commands, except with modifiers', () => {
    expect(commandFor({ key: 'j' })).toBe('next');
    expect(commandFor({ key: 'k' })).toBe('previous');
    expect(commandFor({ key: 't' })).toBe('triage');
    expect(commandFor({ key: 'a' })).toBe('archive');
    expect(commandFor({ key: 'l' })).toBe('link');
    expect(commandFor({ key: 'x' })).toBe('toggle');
    expect(commandFor({ key: '/' })).toBe('search');
    expect(commandFor({ key: 'a', ctrlKey: true })).toBeNull();
    expect(commandFor({ key: 'q' })).toBeNull();
  });

  it('stays quiet while the person types in a field', () => {
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    const row = document.createElement('tr');
    expect(isTyping(input)).toBe(true);
    expect(commandFor({ key: 'j', target: textarea })).toBeNull();
    expect(commandFor({ key: 'j', target: row })).toBe('next');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(commandFor({ key: 'x', target: checkbox })).toBe('toggle');
  });

  it('leaves Enter to buttons and links', () => {
    const button = document.createElement('button');
    expect(commandFor({ key: 'Enter', target: button })).toBeNull();
    expect(commandFor({ key: 'Enter', target: document.body })).toBe('open');
  });

  it('moves within the list and toggles the selection', () => {
    expect(move(-1, 1, 3)).toBe(0);
    expect(move(-1, -1, 3)).toBe(2);
    expect(move(2, 1, 3)).toBe(2);
    expect(move(0, -1, 3)).toBe(0);
    expect(move(0, 1, 0)).toBe(-1);
    const s = toggle(new Set(['a']), 'b');
    expect([...s]).toEqual(['a', 'b']);
    expect([...toggle(s, 'a')]).toEqual(['b']);
  });
});
