/** A few conversations, with @mentions, on features and on feedback (by its title). */
export type DemoComment = {
  on: { feature: string } | { feedback: string };
  author: 'admin' | 'pm' | 'pmm' | 'marketer' | 'sales' | 'viewer';
  body: string;
  daysAgo: number;
};

export const COMMENTS: DemoComment[] = [
  {
    on: { feature: 'd-rls' },
    author: 'sales',
    body: 'Harbor Freight and the City of Riverton both said this blocks their expansion. @pm@demo.tandem can we commit to 7.4 in writing?',
    daysAgo: 9,
  },
  {
    on: { feature: 'd-rls' },
    author: 'pm',
    body: 'Planned for 7.4 and the design is done. @sales@demo.tandem you can share the date as a target, not a promise.',
    daysAgo: 8,
  },
  {
    on: { feature: 'd-drill' },
    author: 'pmm',
    body: 'This is the feature we lose evaluations on. @marketer@demo.tandem let us plan a short demo video for the launch.',
    daysAgo: 6,
  },
  {
    on: { feature: 'd-drill' },
    author: 'marketer',
    body: 'Happy to. @pmm@demo.tandem send me the messaging once it is approved and I will storyboard it.',
    daysAgo: 5,
  },
  {
    on: { feature: 'p-dbt' },
    author: 'admin',
    body: 'Three enterprise renewals mention dbt. @pm@demo.tandem worth pulling into 7.4 if something slips out?',
    daysAgo: 4,
  },
  {
    on: { feedback: 'Executive dashboard takes 25 seconds' },
    author: 'pm',
    body: 'Linked to the caching work in 7.4. @sales@demo.tandem please tell the customer we reproduced it.',
    daysAgo: 3,
  },
  {
    on: { feature: 'e-sso' },
    author: 'sales',
    body: 'Is Okta the only identity provider tested so far? Two prospects in my pipeline use Azure AD.',
    daysAgo: 2,
  },
];
