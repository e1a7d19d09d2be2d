// Acquisition rules: each row a sentence of our own (made-up companies and amounts) and the
// completed acquisitions it must give; agreements still to complete, proposals, memoranda and
// lapsed deals give none (a stated seller and share make an equity transfer instead).
import { describe } from 'vitest';
import { HK_ISSUER, ruleTable, type Row } from './helpers/rule-table.ts';

const ISSUER = HK_ISSUER;

const TABLE: Record<string, Row[]> = {
  'acquisition.verb': [
    ['Caldmore Systems Inc. acquired Dunstan Analytics LLC in a transaction valued at $32 million.', [{ acquirer: 'Caldmore Systems Inc.', target: 'Dunstan Analytics LLC', consideration: { amount: 32000000, currency: 'USD' } }]],
    ['In March 2023, the Group acquired the remaining 40% equity interest in Eskdale Packaging Limited.', [{ acquirer: ISSUER, target: 'Eskdale Packaging Limited', percentage: 40, date: '2023-03' }]],
    ['On 1 April 2024, we acquired Fallowfield Robotics, Inc.', [{ acquirer: ISSUER, target: 'Fallowfield Robotics, Inc.', date: '2024-04-01' }]],
    ['Rosslyn Media Inc. purchased Stanway Radio LLC for $14 million in 2021.', [{ acquirer: 'Rosslyn Media Inc.', target: 'Stanway Radio LLC', date: '2021' }]],
    // a name that starts with "all" is no stake; an acquirer named without a legal form
    ['Halbrook Foods Inc. acquired Allerton Dairy LLC in 2019.', [{ acquirer: 'Halbrook Foods Inc.', target: 'Allerton Dairy LLC', date: '2019' }]],
    ['Under the merger agreement, Kettleby acquired Lowick Bancorp in a transaction valued at approximately $41.5 million.', [{ acquirer: 'Kettleby', target: 'Lowick Bancorp', consideration: { amount: 41500000, currency: 'USD' } }]],
    // not yet, or not at all
    ['The Group has agreed to acquire Tollerton Pharmacy Limited.', []],
    ['The Company proposed to acquire Uffington Travel Limited.', []],
    ['The Group will acquire Yattendon Metals Limited upon completion.', []],
  ],
  'acquisition.completed': [
    ['Grantham Retail Limited completed the acquisition of 51% of the issued share capital of Hatherley Foods Limited on 30 September 2025.', [{ acquirer: 'Grantham Retail Limited', target: 'Hatherley Foods Limited', percentage: 51, date: '2025-09-30' }]],
    ['Upon completion of the acquisition of Inglewood Clinics Limited, the Group expanded into dental care.', [{ acquirer: ISSUER, target: 'Inglewood Clinics Limited' }]],
    ['The completion of the proposed acquisition of Bampton Wool Limited is subject to shareholders’ approval.', []],
  ],
  'acquisition.nominal': [
    ['The Group entered the market through the acquisition of 100% equity interest in Jarrow Cold Chain Limited in July 2019.', [{ acquirer: ISSUER, target: 'Jarrow Cold Chain Limited', percentage: 100, date: '2019-07' }]],
    ['Goodwill of the Group arose from the acquisition of Kessock Software Limited, Lindfield Data Limited and Morden Cloud Limited.', [{ acquirer: ISSUER, target: 'Kessock Software Limited' }, { acquirer: ISSUER, target: 'Lindfield Data Limited' }, { acquirer: ISSUER, target: 'Morden Cloud Limited' }]],
    ['Following the acquisition of Nethercott Engineering Limited, the Group’s revenue increased by 12%.', [{ acquirer: ISSUER, target: 'Nethercott Engineering Limited' }]],
    ['The Group recorded a gain on the acquisition of Abbotsley Dairy Limited in 2022.', [{ acquirer: ISSUER, target: 'Abbotsley Dairy Limited', date: '2022' }]],
    // a second acquisition joined to one said to have happened
    ['The Group’s costs rose following the acquisition of Ormsby Data Co., Ltd. in November 2024, and the acquisition of Pagham Leisure (Chengdu) Co., Ltd. in October 2025.', [{ acquirer: ISSUER, target: 'Ormsby Data Co., Ltd.', date: '2024-11' }, { acquirer: ISSUER, target: 'Pagham Leisure (Chengdu) Co., Ltd.', date: '2025-10' }]],
    // the words that say it happened must govern the noun, not stand elsewhere in the sentence
    ['Under the agreement for the acquisition of 50% equity interest in Quenington Clinics Limited, the vendor shall pay the Group the shortfall if the profits after taxation are lower.', []],
    ['The parties entered into a deed of termination and agreed not to proceed with the second tranche acquisition of 17% of the issued share capital of Rendcomb Health Limited.', []],
    ['The Company entered into a non-legally binding memorandum of understanding in respect of the possible acquisition of Vowchurch Leisure Limited.', []],
    ['The acquisition of Wembury Optics Limited lapsed on 31 March 2025.', []],
    // a reference to earlier announcements says nothing of completion
    ['References are made to the announcements of the Company dated 3 May 2024 in relation to the acquisition of 49% equity interest in Mardale Energy Limited.', []],
    ['The Group intends to grow through the acquisition of Farndon Foods Limited.', []],
  ],
  'acquisition.completed-later': [
    ['On 24 April 2024, the Company entered into the investment agreement with Nanfield Capital and other parties for the acquisition of 69.84% equity interest in Oldbury Games Technology Co., Ltd. The consideration was RMB80 million. Completion of the acquisition took place on 26 June 2024.', [{ acquirer: ISSUER, target: 'Oldbury Games Technology Co., Ltd.', percentage: 69.84, date: '2024-06-26' }]],
    // the completion after another deal is that deal's; a proposal stays one
    ['On 24 April 2024, the Company entered into an agreement for the acquisition of Oldbury Games Technology Co., Ltd. The Company also agreed to sell Pinfold Toys Limited. Completion took place on 26 June 2024.', []],
    ['On 24 April 2024, the Company entered into an agreement for the proposed acquisition of Oldbury Games Technology Co., Ltd. Completion took place on 26 June 2024.', []],
  ],
  'acquisition.passive': [
    ['Oakhanger Biologics Inc. was acquired by us in April 2013.', [{ acquirer: ISSUER, target: 'Oakhanger Biologics Inc.', date: '2013-04' }]],
    ['The assets of Pentreath Mills Limited were acquired by Quarndon Textiles Limited in 2018.', [{ acquirer: 'Quarndon Textiles Limited', target: 'Pentreath Mills Limited', date: '2018' }]],
    ['Cheriton Labs Inc. was acquired by Denholme Pharma plc in a cash transaction.', [{ acquirer: 'Denholme Pharma plc', target: 'Cheriton Labs Inc.' }]],
    ['Elsworth Farms Limited will be acquired by the Group.', []],
  ],
};

describe('acquisition rules', () => ruleTable('acquisition', TABLE));
