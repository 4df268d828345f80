/**
 * The fixed trace ids of the demo source, per scenario, so tests and links can open a known
 * trace directly (`/trace/<id>?source=demo`). Ids never change; only start times move with
 * the clock.
 */
const USER_PROFILE_FAST = [
  '9e8fde83116b9ee00e2b52a7620089b3',
  '9bb2513aef5601d9fd64c963b1ec2b62',
  'ebe9b6d679b78910df3538c533263311',
  'c42ae5f5fa8c2d7d053541b46e8e4d27',
  '066fd8762e980db77324a00c1349cd79',
  '7869ee634946b3c3908aefb9f20099b6',
  '1c44760b0d57d631758c701f70ecccfe',
  '1dd83a64f564da6217564ec57c8d5770',
  'c50fe19cdd2203bea98398e825bd375d',
] as const;
/** Profile requests whose `SELECT` on postgres takes 1–2 s. */
const USER_PROFILE_SLOW_QUERY = [
  '0202086732c28133f2f09dd21a7a8707',
  '08e292b8f800a289831ecbd64d401d14',
  '5e0eadef740dbcf3508102db9f56bf64',
] as const;

const CHECKOUT_OK = [
  '59cd7d9cabceb5b01c9bad3150a0db28',
  'c5b6015ed3096c753c47c9b5a41274ca',
  '7f87f34790f9f6b2577f6ddfc43e68ac',
  '2bfe852030b37e4919d1c0e93bf3b413',
  '6bf1ed3a25af5b3dd9728ffa43d98d37',
  '8968170057cf5f1102fc73873fa6c50f',
  'edb77a195e2797b5a1f26484979906c4',
  'e05b6f27143633769308d91fc89f981f',
] as const;
/** Checkouts where payments times out (504): a third of all checkouts. */
const CHECKOUT_TIMEOUT = [
  '581935535251060a1058d6d3e406c45f',
  '14aae2db2f96f1537c79ce1ac82d8271',
  '94f9cf4ea6316e3f3cdff9612fcc102c',
  '4f8f95082f5d316b4c8b21d873287636',
] as const;

export const DEMO_TRACE_IDS = {
  /** frontend → api-gateway → auth → users → postgres. */
  userProfile: [...USER_PROFILE_FAST, ...USER_PROFILE_SLOW_QUERY],
  userProfileSlowQuery: USER_PROFILE_SLOW_QUERY,
  /** api-gateway → checkout → inventory + payments. */
  checkout: [...CHECKOUT_OK, ...CHECKOUT_TIMEOUT],
  checkoutTimeout: CHECKOUT_TIMEOUT,
  /** orders publishes `orders.created` to kafka (PRODUCER span)... */
  orderPublished: [
    'db2967c12b7a47b4d5008a506d2dd048',
    'b5146084fb14e1fa3d1aa3eaa572dd43',
    '7d83c8f62a72175556082dc6c263c481',
    'd05dd03a7029d1ca8a64ce3e3073bae5',
    '47a4e336e52243f67ff3f0f6f6a84b9c',
  ],
  /** ...and fulfillment consumes it (CONSUMER root linked to orderPublished[i]'s producer span). */
  orderConsumed: [
    '90b9b54dca81b981c83663ff3346cf5c',
    'e9a9b6f3f57b803278fadc8c81c9f3bc',
    '2225ca132c732fc1bbadf599bb749675',
    'b1335a43f120f8ff1db94f6355454f21',
    'a1da65e53a53e1d31a672063d2f9643a',
  ],
  /** catalog issuing 50–200 sequential `SELECT * FROM reviews WHERE product_id = ?`. */
  reviewsNPlusOne: [
    '9c5b035e85f019f754dad46475556880',
    'c0315b81aefd6af2cf16fa2e8e307d8f',
    '0facd7a429dde050a81e6bc392cc6211',
    'eb622d02a0160c809b1cffea89015dae',
    '6c66066c184d39af3198d16f12459ec2',
  ],
  /** About 5,000 spans, ~15 services, depth up to 12: for screenshots and speed work. */
  bigTrace: '5000c1a77211a1bfb9a6610414e5207e',
  /** inventory's clock runs behind: its server span starts before its client parent. */
  clockSkew: 'bbefda4adc3cc5e4917ee1051d697ecc',
  /** A span whose parent was never reported. */
  orphanSpan: '2ef598fa8df4d3d5304104367e09030f',
} as const;

export const ALL_DEMO_TRACE_IDS: readonly string[] = [
  ...DEMO_TRACE_IDS.userProfile,
  ...DEMO_TRACE_IDS.checkout,
  ...DEMO_TRACE_IDS.orderPublished,
  ...DEMO_TRACE_IDS.orderConsumed,
  ...DEMO_TRACE_IDS.reviewsNPlusOne,
  DEMO_TRACE_IDS.bigTrace,
  DEMO_TRACE_IDS.clockSkew,
  DEMO_TRACE_IDS.orphanSpan,
];
