import { describe, expect, it } from 'vitest';
import { describeLeftOut, leftOut, nationalLeftOut } from '../../../src/domain/places/index.ts';

describe('the sentence every view uses for schools it could not count', () => {
  it('names the authority the schools belong to, and agrees in number', () => {
    expect(describeLeftOut(3, { of: ['Somerset'] })).toBe('3 schools of Somerset have no district and are not counted here.');
    expect(describeLeftOut(1, { of: ['Somerset'] })).toBe('1 school of Somerset has no district and is not counted here.');
  });

  it('lists several authorities as a sentence does, and writes thousands with commas', () => {
    expect(describeLeftOut(1234, { of: ['Cambridgeshire', 'Norfolk', 'Suffolk'] })).toBe('1,234 schools of Cambridgeshire, Norfolk and Suffolk have no district and are not counted here.');
    expect(describeLeftOut(2, { of: ['Cambridgeshire', 'Norfolk'] })).toBe('2 schools of Cambridgeshire and Norfolk have no district and are not counted here.');
  });

  it('takes its own noun, a narrowing phrase, where they are not counted and why', () => {
    expect(describeLeftOut(2, { noun: ['secondary school or college', 'secondary schools and colleges'], of: ['Suffolk'] })).toBe(
      '2 secondary schools and colleges of Suffolk have no district and are not counted here.',
    );
    expect(describeLeftOut(1, { of: ['Somerset'], which: 'with pupils on roll' })).toBe('1 school of Somerset with pupils on roll has no district and is not counted here.');
    expect(describeLeftOut(4565, { noun: ['open school', 'open schools'], reason: 'no-location', where: 'in the assignment or reach', because: 'a distance to a hub needs one' })).toBe(
      '4,565 open schools have no location and are not counted in the assignment or reach: a distance to a hub needs one.',
    );
  });

  it('gives the share of a whole to one decimal place', () => {
    // The shared data after placement: 164 of 21,078 is 0.778%.
    expect(nationalLeftOut(164, 21078)).toEqual({
      schools: 164,
      note: '164 of 21,078 open state-funded schools (0.8%) have no district and are not counted in district figures built from schools.',
    });
    expect(describeLeftOut(1, { outOf: 3 })).toBe('1 of 3 schools (33.3%) has no district and is not counted here.');
  });

  it('says nothing when no school was left out', () => {
    expect(describeLeftOut(0, { of: ['Somerset'] })).toBeNull();
    expect(leftOut(0)).toEqual({ schools: 0, note: null });
    expect(nationalLeftOut(0, 21078).note).toBeNull();
  });
});
