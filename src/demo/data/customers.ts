export type Segment = 'smb' | 'mid_market' | 'enterprise' | 'public_sector' | 'startup';

export type DemoCustomer = {
  key: string;
  name: string;
  website: string;
  segment: Segment;
  plan: 'Starter' | 'Team' | 'Business' | 'Enterprise';
  annualRevenue: number;
  contacts: { name: string; title: string }[];
};

const c = (
  key: string,
  name: string,
  domain: string,
  segment: Segment,
  plan: DemoCustomer['plan'],
  annualRevenue: number,
  contacts: [string, string][],
): DemoCustomer => ({
  key,
  name,
  website: `https://www.${domain}`,
  segment,
  plan,
  annualRevenue,
  contacts: contacts.map(([n, title]) => ({ name: n, title })),
});

/** Twenty-five customers across segments; revenue is what each pays us a year. */
export const CUSTOMERS: DemoCustomer[] = [
  c(
    'harbor',
    'Harbor Freight Logistics',
    'harborfreight-logistics.example',
    'enterprise',
    'Enterprise',
    420_000,
    [
      ['Marta Kowalski', 'Head of Data'],
      ['Tom Reilly', 'VP Operations'],
    ],
  ),
  c('lumen', 'Lumen Health Network', 'lumenhealth.example', 'enterprise', 'Enterprise', 380_000, [
    ['Dr. Aisha Bello', 'Director of Clinical Analytics'],
    ['Kevin Tran', 'BI Lead'],
  ]),
  c('atlas', 'Atlas Retail Group', 'atlasretail.example', 'enterprise', 'Enterprise', 310_000, [
    ['Sofia Marquez', 'Chief Data Officer'],
    ['Ben Hollis', 'Analytics Engineer'],
  ]),
  c('verdant', 'Verdant Energy', 'verdant-energy.example', 'enterprise', 'Enterprise', 265_000, [
    ['Lars Eriksen', 'Data Platform Manager'],
  ]),
  c('cityreg', 'City of Riverton', 'riverton.example', 'public_sector', 'Enterprise', 150_000, [
    ['Grace Liu', 'Open Data Coordinator'],
    ['Paul Dumont', 'IT Security Officer'],
  ]),
  c('stateedu', 'State Education Board', 'stateedu.example', 'public_sector', 'Business', 95_000, [
    ['Helen Price', 'Research Analyst'],
  ]),
  c('quanta', 'Quanta Insurance', 'quanta-insurance.example', 'enterprise', 'Enterprise', 290_000, [
    ['Omar Haddad', 'Head of Actuarial Analytics'],
    ['Julia Stein', 'Compliance Manager'],
  ]),
  c('brightpath', 'BrightPath Learning', 'brightpath.example', 'mid_market', 'Business', 72_000, [
    ['Nina Patel', 'Product Analyst'],
  ]),
  c('copperleaf', 'Copperleaf Foods', 'copperleaf.example', 'mid_market', 'Business', 64_000, [
    ['Marco Rossi', 'Supply Chain Analyst'],
    ['Emily Clarke', 'Finance Director'],
  ]),
  c('tidal', 'Tidal Software', 'tidalsoftware.example', 'mid_market', 'Business', 88_000, [
    ['Arjun Mehta', 'VP Product'],
    ['Lena Fischer', 'Staff Engineer'],
  ]),
  c('nimbus', 'Nimbus HR', 'nimbushr.example', 'mid_market', 'Business', 79_000, [
    ['Rachel Green', 'Head of Product'],
  ]),
  c('ferro', 'Ferro Manufacturing', 'ferro-mfg.example', 'mid_market', 'Team', 41_000, [
    ['Stefan Novak', 'Plant Controller'],
  ]),
  c('orchard', 'Orchard Dental Group', 'orcharddental.example', 'mid_market', 'Team', 36_000, [
    ['Hannah Wu', 'Operations Manager'],
  ]),
  c('kestrel', 'Kestrel Travel', 'kestreltravel.example', 'mid_market', 'Business', 57_000, [
    ['Luca Bianchi', 'Revenue Manager'],
    ['Ivy Chen', 'Data Analyst'],
  ]),
  c('polaris', 'Polaris Payments', 'polarispay.example', 'mid_market', 'Business', 98_000, [
    ['Ethan Brooks', 'Director of Engineering'],
  ]),
  c('sprout', 'Sprout Analytics', 'sproutanalytics.example', 'startup', 'Team', 18_000, [
    ['Maya Cohen', 'Founder & CEO'],
  ]),
  c('pixelforge', 'PixelForge Studios', 'pixelforge.example', 'startup', 'Team', 14_000, [
    ['Noah Kim', 'Head of Growth'],
  ]),
  c('greenloop', 'GreenLoop', 'greenloop.example', 'startup', 'Starter', 6_000, [['Zoe Adams', 'COO']]),
  c('parcelly', 'Parcelly', 'parcelly.example', 'startup', 'Team', 22_000, [
    ['Oscar Lindqvist', 'CTO'],
    ['Priscila Souza', 'Data Engineer'],
  ]),
  c('mosaic', 'Mosaic Learning Apps', 'mosaicapps.example', 'startup', 'Team', 26_000, [
    ['Felix Wagner', 'Product Manager'],
  ]),
  c('bakery', 'Rise & Shine Bakeries', 'riseandshine.example', 'smb', 'Starter', 3_600, [
    ['Carla Moreno', 'Owner'],
  ]),
  c('oakfit', 'Oak Fitness Clubs', 'oakfitness.example', 'smb', 'Starter', 4_800, [
    ['Daniel Okoye', 'General Manager'],
  ]),
  c('bluefin', 'Bluefin Marine Supply', 'bluefinmarine.example', 'smb', 'Team', 9_500, [
    ['Anna Larsen', 'Office Manager'],
  ]),
  c('crafted', 'Crafted Interiors', 'craftedinteriors.example', 'smb', 'Starter', 2_400, [
    ['Ruth Evans', 'Bookkeeper'],
  ]),
  c('vela', 'Vela Consulting', 'velaconsulting.example', 'smb', 'Team', 12_000, [
    ['Isaac Moyo', 'Managing Partner'],
  ]),
];
