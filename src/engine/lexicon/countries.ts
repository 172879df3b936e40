/**
 * Countries and trading blocs as people name them in an importer's question ("Canadian cobalt",
 * "from the DRC"). World knowledge, not knowledge about the proclamation: it lets an answer say
 * which country was asked about, while what holds for it comes from the facts.
 */
export interface Country {
  id: string;
  name: string;
  /** Folded forms: names, demonyms, common short forms (written `a|b|c` in the table). */
  names: readonly string[];
}

const table: readonly [string, string, string][] = [
  ['canada', 'Canada', 'canada|canadian|canadians'],
  ['mexico', 'Mexico', 'mexico|mexican'],
  ['china', 'China', 'china|chinese|prc|beijing|mainland china'],
  ['japan', 'Japan', 'japan|japanese'],
  ['south-korea', 'South Korea', 'korea|korean|rok|south korean|south korea'],
  ['taiwan', 'Taiwan', 'taiwan|taiwanese'],
  ['hong-kong', 'Hong Kong', 'hong kong'],
  ['india', 'India', 'india|indian'],
  ['vietnam', 'Vietnam', 'vietnam|vietnamese|viet nam'],
  ['thailand', 'Thailand', 'thailand|thai'],
  ['malaysia', 'Malaysia', 'malaysia|malaysian'],
  ['indonesia', 'Indonesia', 'indonesia|indonesian'],
  ['philippines', 'the Philippines', 'philippines|philippine|filipino'],
  ['singapore', 'Singapore', 'singapore|singaporean'],
  ['myanmar', 'Myanmar', 'myanmar|burma|burmese'],
  ['mongolia', 'Mongolia', 'mongolia|mongolian'],
  ['kazakhstan', 'Kazakhstan', 'kazakhstan|kazakh'],
  ['russia', 'Russia', 'russia|russian'],
  ['ukraine', 'Ukraine', 'ukraine|ukrainian'],
  ['australia', 'Australia', 'australia|australian|aussie'],
  ['new-zealand', 'New Zealand', 'nz|new zealand'],
  ['saudi-arabia', 'Saudi Arabia', 'saudi|saudis|ksa|saudi arabia'],
  ['uae', 'the United Arab Emirates', 'uae|emirati|united arab emirates'],
  ['israel', 'Israel', 'israel|israeli'],
  ['turkey', 'Turkey', 'turkiye|turkish'],
  ['european-union', 'the European Union', 'eu|europe|european|european union'],
  ['united-kingdom', 'the United Kingdom', 'uk|britain|british|england|united kingdom|great britain'],
  ['germany', 'Germany', 'germany|german'],
  ['france', 'France', 'france|french'],
  ['italy', 'Italy', 'italy|italian'],
  ['spain', 'Spain', 'spain|spanish'],
  ['netherlands', 'the Netherlands', 'netherlands|dutch|holland'],
  ['belgium', 'Belgium', 'belgium|belgian'],
  ['poland', 'Poland', 'poland|polish'],
  ['sweden', 'Sweden', 'sweden|swedish'],
  ['finland', 'Finland', 'finland|finnish'],
  ['norway', 'Norway', 'norway|norwegian'],
  ['denmark', 'Denmark', 'denmark|danish'],
  ['estonia', 'Estonia', 'estonia|estonian'],
  ['austria', 'Austria', 'austria|austrian'],
  ['switzerland', 'Switzerland', 'switzerland|swiss'],
  ['czechia', 'Czechia', 'czechia|czech|czech republic'],
  ['portugal', 'Portugal', 'portugal|portuguese'],
  ['greenland', 'Greenland', 'greenland'],
  ['brazil', 'Brazil', 'brazil|brazilian'],
  ['argentina', 'Argentina', 'argentina|argentinian|argentine'],
  ['chile', 'Chile', 'chile|chilean'],
  ['peru', 'Peru', 'peru|peruvian'],
  ['bolivia', 'Bolivia', 'bolivia|bolivian'],
  ['colombia', 'Colombia', 'colombia|colombian'],
  ['drc', 'the Democratic Republic of the Congo', 'drc|congo|congolese|democratic republic of the congo|democratic republic of congo'],
  ['south-africa', 'South Africa', 'south africa|south african|s africa|rsa'],
  ['zambia', 'Zambia', 'zambia|zambian'],
  ['zimbabwe', 'Zimbabwe', 'zimbabwe|zimbabwean'],
  ['namibia', 'Namibia', 'namibia|namibian'],
  ['madagascar', 'Madagascar', 'madagascar|malagasy'],
  ['mozambique', 'Mozambique', 'mozambique'],
  ['morocco', 'Morocco', 'morocco|moroccan'],
  ['gabon', 'Gabon', 'gabon|gabonese'],
  ['guinea', 'Guinea', 'guinea|guinean'],
  ['rwanda', 'Rwanda', 'rwanda|rwandan'],
  ['nigeria', 'Nigeria', 'nigeria|nigerian'],
  ['ghana', 'Ghana', 'ghana|ghanaian'],
  ['venezuela', "Venezuela", 'venezuela|venezuelan'],
  ['cuba', "Cuba", 'cuba|cuban'],
  ['iran', "Iran", 'iran|iranian'],
  ['iraq', "Iraq", 'iraq|iraqi'],
  ['egypt', "Egypt", 'egypt|egyptian'],
  ['pakistan', "Pakistan", 'pakistan|pakistani'],
  ['bangladesh', "Bangladesh", 'bangladesh|bangladeshi'],
  ['sri-lanka', "Sri Lanka", 'sri lanka|sri lankan'],
  ['kenya', "Kenya", 'kenya|kenyan'],
  ['ethiopia', "Ethiopia", 'ethiopia|ethiopian'],
  ['tanzania', "Tanzania", 'tanzania|tanzanian'],
  ['angola', "Angola", 'angola|angolan'],
  ['botswana', "Botswana", 'botswana'],
  ['ecuador', "Ecuador", 'ecuador|ecuadorian'],
  ['uruguay', "Uruguay", 'uruguay'],
  ['paraguay', "Paraguay", 'paraguay'],
  ['panama', "Panama", 'panama'],
  ['guatemala', "Guatemala", 'guatemala'],
  ['dominican-republic', "the Dominican Republic", 'dominican republic'],
  ['ireland', "Ireland", 'ireland|irish'],
  ['iceland', "Iceland", 'iceland|icelandic'],
  ['greece', "Greece", 'greece|greek'],
  ['hungary', "Hungary", 'hungary|hungarian'],
  ['romania', "Romania", 'romania|romanian'],
  ['bulgaria', "Bulgaria", 'bulgaria|bulgarian'],
  ['serbia', "Serbia", 'serbia|serbian'],
  ['croatia', "Croatia", 'croatia|croatian'],
  ['slovakia', "Slovakia", 'slovakia|slovak'],
  ['slovenia', "Slovenia", 'slovenia|slovenian'],
  ['lithuania', "Lithuania", 'lithuania|lithuanian'],
  ['latvia', "Latvia", 'latvia|latvian'],
  ['luxembourg', "Luxembourg", 'luxembourg'],
  ['belarus', "Belarus", 'belarus|belarusian'],
  ['uzbekistan', "Uzbekistan", 'uzbekistan|uzbek'],
  ['qatar', "Qatar", 'qatar|qatari'],
  ['kuwait', "Kuwait", 'kuwait|kuwaiti'],
  ['oman', "Oman", 'oman|omani'],
  ['bahrain', "Bahrain", 'bahrain'],
  ['north-korea', "North Korea", 'north korea|north korean|dprk'],
  ['laos', "Laos", 'laos|lao'],
  ['cambodia', "Cambodia", 'cambodia|cambodian'],
  ['papua-new-guinea', "Papua New Guinea", 'papua new guinea|png'],
  ['algeria', "Algeria", 'algeria|algerian'],
  ['tunisia', "Tunisia", 'tunisia|tunisian'],
  ['senegal', "Senegal", 'senegal'],
  ['mali', "Mali", 'mali|malian'],
  ['niger', "Niger", 'niger'],
  ['burkina-faso', "Burkina Faso", 'burkina faso'],
  ['ivory-coast', "Côte d'Ivoire", 'ivory coast|cote divoire|cote d ivoire'],
  ['cameroon', "Cameroon", 'cameroon'],
  ['malawi', "Malawi", 'malawi'],
  ['sierra-leone', "Sierra Leone", 'sierra leone'],
  ['liberia', "Liberia", 'liberia|liberian'],
];

export const COUNTRIES: readonly Country[] = table.map(([id, name, names]) => ({ id, name, names: names.split('|') }));

const byName = new Map<string, Country>();
for (const c of COUNTRIES) for (const n of c.names) byName.set(n, c);
const LONGEST = Math.max(...[...byName.keys()].map((n) => n.split(' ').length));
/** Words a country's name can start with: most words of a question start none, and are passed at once. */
const FIRST_WORDS = new Set([...byName.keys()].map((n) => n.split(' ')[0] ?? ''));

/** Countries named in folded words, in order of mention, each once. */
export function findCountries(words: readonly string[]): Country[] {
  const found: Country[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!FIRST_WORDS.has(words[i] ?? '')) continue;
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const c = byName.get(words.slice(i, i + n).join(' '));
      if (c) {
        if (!found.includes(c)) found.push(c);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
