/**
 * Places other than countries. Capitals are written `City>Country`: a capital can stand for
 * its country's government ("Washington designated…", "Beijing warned…"), which the entity
 * index decides from the sentence; elsewhere it is just the city.
 */
const CAPITALS = `
Washington>United States;Washington, D.C.>United States;Ottawa>Canada;Mexico City>Mexico;
London>United Kingdom;Paris>France;Berlin>Germany;Madrid>Spain;Rome>Italy;Lisbon>Portugal;
Brussels>Belgium;Amsterdam>Netherlands;The Hague>Netherlands;Bern>Switzerland;Vienna>Austria;
Dublin>Ireland;Oslo>Norway;Stockholm>Sweden;Copenhagen>Denmark;Helsinki>Finland;Warsaw>Poland;
Prague>Czech Republic;Budapest>Hungary;Bucharest>Romania;Sofia>Bulgaria;Athens>Greece;
Belgrade>Serbia;Zagreb>Croatia;Kyiv>Ukraine;Kiev>Ukraine;Minsk>Belarus;Moscow>Russia;
Ankara>Turkey;Tehran>Iran;Baghdad>Iraq;Damascus>Syria;Beirut>Lebanon;Amman>Jordan;Riyadh>Saudi Arabia;
Doha>Qatar;Abu Dhabi>United Arab Emirates;Cairo>Egypt;Tripoli>Libya;Tunis>Tunisia;Algiers>Algeria;
Rabat>Morocco;Khartoum>Sudan;Addis Ababa>Ethiopia;Nairobi>Kenya;Abuja>Nigeria;Accra>Ghana;
Pretoria>South Africa;Kabul>Afghanistan;Islamabad>Pakistan;New Delhi>India;Delhi>India;Dhaka>Bangladesh;
Kathmandu>Nepal;Colombo>Sri Lanka;Beijing>China;Taipei>Taiwan;Tokyo>Japan;Seoul>South Korea;
Pyongyang>North Korea;Hanoi>Vietnam;Bangkok>Thailand;Manila>Philippines;Jakarta>Indonesia;
Kuala Lumpur>Malaysia;Canberra>Australia;Wellington>New Zealand;Havana>Cuba;Caracas>Venezuela;
Bogotá>Colombia;Bogota>Colombia;Lima>Peru;Santiago>Chile;Buenos Aires>Argentina;Brasília>Brazil;
Brasilia>Brazil;Quito>Ecuador;La Paz>Bolivia;Montevideo>Uruguay;Kingston>Jamaica
`;

/** Cities, states, provinces, regions and geographic names: places, never metonyms. */
const OTHER_PLACES = `
New York;New York City;Los Angeles;Chicago;Houston;San Francisco;Boston;Miami;Seattle;Atlanta;Dallas;
Philadelphia;Detroit;Las Vegas;New Orleans;Toronto;Montreal;Vancouver;Calgary;Guadalajara;Monterrey;
Tijuana;Sao Paulo;São Paulo;Rio de Janeiro;Manchester;Birmingham;Liverpool;Glasgow;Edinburgh;Cardiff;
Belfast;Oxford;Cambridge;Marseille;Lyon;Munich;Hamburg;Frankfurt;Cologne;Milan;Naples;Venice;
Florence;Barcelona;Seville;Valencia;Porto;Geneva;Zurich;Basel;Antwerp;Rotterdam;Istanbul;Jerusalem;
Tel Aviv;Gaza;Dubai;Mumbai;Bombay;Kolkata;Calcutta;Chennai;Bangalore;Karachi;Lahore;Shanghai;
Hong Kong;Macau;Guangzhou;Shenzhen;Osaka;Kyoto;Singapore;Sydney;Melbourne;Brisbane;Perth;Adelaide;
Auckland;Lagos;Johannesburg;Cape Town;Casablanca;St. Petersburg;Saint Petersburg;
Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;
Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;
Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;
North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;
Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming;
Ontario;Quebec;British Columbia;Alberta;Manitoba;Saskatchewan;Nova Scotia;New Brunswick;Newfoundland;
Queensland;New South Wales;Victoria;Tasmania;Bavaria;Catalonia;Sicily;Sardinia;Corsica;Siberia;
Europe;North America;South America;Central America;Middle East;Oceania;Antarctica;Arctic;Caribbean;
Scandinavia;Balkans;Mediterranean;Sahara;Himalayas;Alps;Amazon;Pacific;Atlantic;Gulf of Mexico
`;

const entries = (table: string): string[] =>
  table
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

/** Capital city → the canonical name of its country. */
export const CAPITAL_OF: ReadonlyMap<string, string> = new Map(
  entries(CAPITALS).map((entry) => {
    const [city = entry, country = ''] = entry.split('>');
    return [city, country] as const;
  }),
);

export const OTHER_PLACE_NAMES: ReadonlySet<string> = new Set(entries(OTHER_PLACES));

/** The last word of a name that makes it a place ("Castlefrank Road", "Shandao Station"). */
export const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set(
  `Road Street St. Avenue Ave. Boulevard Lane Drive Highway Square Plaza Park Garden Gardens Bridge Tunnel
  Station Airport Port Harbour Harbor River Lake Sea Ocean Bay Gulf Island Islands Mountain Mountains
  Mount Hill Hills Valley Desert Forest Canyon Peninsula Coast Beach County Province District Region
  Prefecture Township Village City Town Memorial Monument Tower Towers Cathedral Temple Mosque Palace
  Castle Stadium Arena`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
