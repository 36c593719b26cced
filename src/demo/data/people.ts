import type { Role } from '../../core/enums.ts';

/** The demo's password, printed on first start; every demo account shares it. */
export const DEMO_PASSWORD = 'tandem-demo';
export const DEMO_WORKSPACE = 'Northwind Analytics';

export type DemoPerson = { key: string; email: string; name: string; role: Role };

/** One person per role, so every view of the product can be tried by logging in as someone. */
export const PEOPLE: DemoPerson[] = [
  { key: 'admin', email: 'admin@demo.tandem', name: 'Alex Morgan', role: 'admin' },
  { key: 'pm', email: 'pm@demo.tandem', name: 'Priya Natarajan', role: 'product_manager' },
  { key: 'pmm', email: 'pmm@demo.tandem', name: 'Jonas Berg', role: 'product_marketer' },
  { key: 'marketer', email: 'marketer@demo.tandem', name: 'Chloé Martin', role: 'marketer' },
  { key: 'sales', email: 'sales@demo.tandem', name: 'Diego Alvarez', role: 'sales' },
  { key: 'viewer', email: 'viewer@demo.tandem', name: 'Sam Okafor', role: 'viewer' },
];
