import { describe, expect, it } from 'vitest';
import { mayRead, permission } from './workspace';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as const,
  artefacts: [
    {
      artefact: 'feature' as const,
      owners: ['product_manager' as const],
      contributors: [{ role: 'sales' as const, may: ['comment' as const, 'link_feedback' as const] }],
      readers: [],
      reviewers: ['admin' as const],
      description: '',
    },
  ],
};

describe('permission', () => {
  it('gives review to the reviewers the matrix names, not to the owners', () => {
    const matrix = {
      ...ownership,
      artefacts: [
        {
          artefact: 'program' as const,
          owners: ['marketer' as const],
          contributors: [{ role: 'product_marketer' as const, may: ['comment' as const] }],
          readers: [],
          reviewers: ['admin' as const, 'product_marketer' as const],
          description: '',
        },
      ],
    };
    const review = (role: string) => permission(matrix as never, role as never, 'program', 'review');
    expect(review('product_marketer').allowed).toBe(true);
    expect(review('admin').allowed).toBe(true);
    expect(review('marketer')).toMatchObject({
      allowed: false,
      reason: 'Reviewed by Product marketer (and admins)',
    });
  });

  const can = (role: (typeof ownership.roles)[number], action: Parameters<typeof permission>[3]) =>
    permission(ownership as never, role, 'feature', action);

  it('lets owners and admins change, and names the owner to everyone else', () => {
    expect(can('product_manager', 'update').allowed).toBe(true);
    expect(can('admin', 'delete').allowed).toBe(true);
    expect(can('marketer', 'update')).toMatchObject({
      allowed: false,
      reason: 'Owned by Product manager (and admins)',
    });
  });

  it('lets contributors take only the contributions the matrix names', () => {
    expect(can('sales', 'link_feedback').allowed).toBe(true);
    expect(can('sales', 'comment').allowed).toBe(true);
    expect(can('sales', 'update').allowed).toBe(false);
    expect(can('sales', 'create').allowed).toBe(false);
    expect(can('viewer', 'comment').allowed).toBe(false);
  });
});

describe('mayRead', () => {
  it('lets owners, contributors and named readers read (surveys: not sales or viewers)', () => {
    const matrix = {
      ...ownership,
      artefacts: [
        {
          artefact: 'survey' as const,
          owners: ['product_marketer' as const],
          contributors: [],
          readers: ['product_manager' as const, 'product_marketer' as const, 'marketer' as const],
          reviewers: [],
          description: '',
        },
        ...ownership.artefacts,
      ],
    };
    const reads = (role: string, artefact: 'survey' | 'feature') =>
      mayRead(matrix as never, role as never, artefact);
    expect(
      ['admin', 'product_manager', 'product_marketer', 'marketer'].map((r) => reads(r, 'survey')),
    ).toEqual([true, true, true, true]);
    expect(reads('sales', 'survey')).toBe(false);
    expect(reads('viewer', 'survey')).toBe(false);
    // A contributor reads what it contributes to.
    expect(reads('sales', 'feature')).toBe(true);
  });
});
