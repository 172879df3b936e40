import { foldWords } from '../text/fold.js';
import { COUNTRIES } from './countries.js';

/**
 * Words importers use that the knowledge itself may never write (licence, exempt, HTS, quota),
 * calendar words, and every country name: known to spelling correction, so "exmpt" and "canadain" are read right.
 */
const IMPORTER_WORDS = `license licence licenses licences licensing permit permits exempt exempted exemption exemptions
  exclusion exclusions excluded exclude quota quotas tariff tariffs duty duties dutiable customs import imports importer
  importers importing imported budget budgeting forecast classification classify hts shipment shipments supplier suppliers
  procurement sourcing landed contract contracts effective surcharge waiver waivers carve affected covered coverage scope
  price prices increase increases increased hike hikes watch watching track tracking monitor monitoring
  certificate certificates certify origin declaration declarations declare paperwork documentation recordkeeping marking
  filing register registration broker brokers grandfathered grandfather`;

/** Calendar words a date question uses whether or not a fact happens to write them ("what day of the week"). */
const CALENDAR_WORDS = `day days week weeks weekday weekend month months year years anniversary earliest latest soonest monday tuesday wednesday thursday
  friday saturday sunday today tomorrow yesterday`;

export const LEXICON_WORDS: readonly string[] = [...new Set([...foldWords(IMPORTER_WORDS), ...foldWords(CALENDAR_WORDS), ...COUNTRIES.flatMap((c) => c.names.flatMap(foldWords))])];
