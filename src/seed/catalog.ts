/** Word lists for the synthetic marketplace: live shows of cards, sneakers, comics, collectibles. */
export const CATEGORIES = ['trading_cards', 'sneakers', 'comics', 'collectibles', 'live_show'] as const;

export const TITLES: Record<(typeof CATEGORIES)[number], string[]> = {
  trading_cards: ['PSA 10 Charizard Base Set', 'Pokemon 151 Booster Box', 'Topps Chrome Rookie Auto', 'One Piece OP-05 Case Break', 'Yu-Gi-Oh LOB 1st Ed Pack'],
  sneakers: ['Jordan 1 Retro High OG Chicago', 'Nike SB Dunk Low Panda', 'Yeezy 350 V2 Zebra', 'New Balance 550 White Green', 'Travis Scott AJ1 Low Mocha'],
  comics: ['Amazing Spider-Man #300 CGC 9.4', 'X-Men #1 1991 Variant', 'Batman #423 McFarlane', 'Saga #1 First Print', 'TMNT #1 Mirage Reprint'],
  collectibles: ['Funko Pop Chase Exclusive', 'Hot Wheels RLC Redline', 'LEGO Star Wars UCS Falcon', 'Vintage Star Wars Kenner Vader', 'Signed Baseball with COA'],
  live_show: ['Mystery Slab Pull', 'Live Break Spot #7', 'Sealed Vintage Pack Rip', 'Sneaker Mystery Box', 'Comic Grab Bag Live'],
};

export const NAME_HEADS = ['card', 'slab', 'grail', 'hype', 'mint', 'vintage', 'retro', 'holo', 'chase', 'rookie', 'sole', 'kicks', 'comic', 'pulp', 'funko', 'toy', 'break', 'rip', 'gem', 'pack'];
export const NAME_TAILS = ['kingz', 'hunter', 'vault', 'dealer', 'shack', 'collector', 'plug', 'lab', 'den', 'haus', 'queen', 'guy', 'club', 'spot', 'co', 'nerd', 'works', 'zone', 'crate', 'mart'];
export const COUNTRIES = ['US', 'US', 'US', 'US', 'CA', 'GB', 'GB', 'DE', 'FR', 'NL', 'ES', 'IT'];
export const CURRENCY_BY_COUNTRY: Record<string, string> = { US: 'USD', CA: 'CAD', GB: 'GBP', DE: 'EUR', FR: 'EUR', NL: 'EUR', ES: 'EUR', IT: 'EUR' };

/** SQL array literal of code-owned words (never input), for server-side generation. */
export const sqlArray = (words: readonly string[]): string => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;
