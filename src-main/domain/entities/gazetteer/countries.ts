/**
 * Countries with their alias groups and demonyms, as one compact table: each entry is
 * `Canonical|alias|alias/demonym|demonym`. The canonical name comes first; every alias and
 * demonym refers to the same entity ("US" ≈ "United States" ≈ "American").
 */
const TABLE = `
Afghanistan/Afghan|Afghani;Albania/Albanian;Algeria/Algerian;Andorra/Andorran;Angola/Angolan;
Antigua and Barbuda/Antiguan;Argentina/Argentine|Argentinian;Armenia/Armenian;Australia/Australian;
Austria/Austrian;Azerbaijan/Azerbaijani|Azeri;Bahamas|The Bahamas/Bahamian;Bahrain/Bahraini;
Bangladesh/Bangladeshi;Barbados/Barbadian;Belarus/Belarusian;Belgium/Belgian;Belize/Belizean;
Benin/Beninese;Bhutan/Bhutanese;Bolivia/Bolivian;Bosnia and Herzegovina|Bosnia/Bosnian;
Botswana/Botswanan|Motswana;Brazil/Brazilian;Brunei/Bruneian;Bulgaria/Bulgarian;Burkina Faso/Burkinabe;
Burundi/Burundian;Cambodia/Cambodian;Cameroon/Cameroonian;Canada/Canadian;Cape Verde|Cabo Verde/Cape Verdean;
Central African Republic/Central African;Chad/Chadian;Chile/Chilean;China|PRC/Chinese;Colombia/Colombian;
Comoros/Comoran;Democratic Republic of the Congo|DRC|DR Congo/Congolese;Republic of the Congo/Congolese;
Costa Rica/Costa Rican;Croatia/Croatian|Croat;Cuba/Cuban;Cyprus/Cypriot;Czech Republic|Czechia/Czech;
Denmark/Danish|Dane;Djibouti/Djiboutian;Dominica/Dominican;Dominican Republic/Dominican;
East Timor|Timor-Leste/Timorese;Ecuador/Ecuadorian|Ecuadorean;Egypt/Egyptian;El Salvador/Salvadoran;
Equatorial Guinea/Equatoguinean;Eritrea/Eritrean;Estonia/Estonian;Eswatini|Swaziland/Swazi;
Ethiopia/Ethiopian;Fiji/Fijian;Finland/Finnish|Finn;France/French;Gabon/Gabonese;Gambia|The Gambia/Gambian;
Georgia/Georgian;Germany/German;Ghana/Ghanaian;Greece/Greek;Grenada/Grenadian;Guatemala/Guatemalan;
Guinea/Guinean;Guinea-Bissau/Bissau-Guinean;Guyana/Guyanese;Haiti/Haitian;Honduras/Honduran;
Hungary/Hungarian;Iceland/Icelandic|Icelander;India/Indian;Indonesia/Indonesian;Iran/Iranian|Persian;
Iraq/Iraqi;Ireland|Republic of Ireland|Eire/Irish;Israel/Israeli;Italy/Italian;Ivory Coast|Côte d'Ivoire/Ivorian;
Jamaica/Jamaican;Japan/Japanese;Jordan/Jordanian;Kazakhstan/Kazakh|Kazakhstani;Kenya/Kenyan;
Kiribati/I-Kiribati;North Korea|DPRK/North Korean;South Korea|Korea|Republic of Korea/South Korean|Korean;
Kosovo/Kosovar;Kuwait/Kuwaiti;Kyrgyzstan/Kyrgyz;Laos/Lao|Laotian;Latvia/Latvian;Lebanon/Lebanese;
Lesotho/Basotho;Liberia/Liberian;Libya/Libyan;Liechtenstein/Liechtensteiner;Lithuania/Lithuanian;
Luxembourg/Luxembourgish|Luxembourger;Madagascar/Malagasy;Malawi/Malawian;Malaysia/Malaysian;
Maldives/Maldivian;Mali/Malian;Malta/Maltese;Marshall Islands/Marshallese;Mauritania/Mauritanian;
Mauritius/Mauritian;Mexico/Mexican;Micronesia/Micronesian;Moldova/Moldovan;Monaco/Monegasque;
Mongolia/Mongolian;Montenegro/Montenegrin;Morocco/Moroccan;Mozambique/Mozambican;Myanmar|Burma/Burmese;
Namibia/Namibian;Nauru/Nauruan;Nepal/Nepalese|Nepali;Netherlands|The Netherlands|Holland/Dutch;
New Zealand/New Zealander|Kiwi;Nicaragua/Nicaraguan;Niger/Nigerien;Nigeria/Nigerian;
North Macedonia|Macedonia/Macedonian;Norway/Norwegian;Oman/Omani;Pakistan/Pakistani;Palau/Palauan;
Palestine|Palestinian territories/Palestinian;Panama/Panamanian;Papua New Guinea/Papua New Guinean;
Paraguay/Paraguayan;Peru/Peruvian;Philippines|The Philippines/Filipino|Philippine;Poland/Polish|Pole;
Portugal/Portuguese;Qatar/Qatari;Romania/Romanian;Russia|Russian Federation/Russian;Rwanda/Rwandan;
Saint Lucia/Saint Lucian;Samoa/Samoan;San Marino/Sammarinese;Saudi Arabia/Saudi|Saudi Arabian;
Senegal/Senegalese;Serbia/Serbian|Serb;Seychelles/Seychellois;Sierra Leone/Sierra Leonean;
Singapore/Singaporean;Slovakia/Slovak;Slovenia/Slovenian|Slovene;Solomon Islands/Solomon Islander;
Somalia/Somali;South Africa/South African;South Sudan/South Sudanese;Spain/Spanish|Spaniard;
Sri Lanka/Sri Lankan;Sudan/Sudanese;Suriname/Surinamese;Sweden/Swedish|Swede;Switzerland/Swiss;
Syria/Syrian;Taiwan/Taiwanese;Tajikistan/Tajik;Tanzania/Tanzanian;Thailand/Thai;Togo/Togolese;
Tonga/Tongan;Trinidad and Tobago/Trinidadian;Tunisia/Tunisian;Turkey|Türkiye/Turkish|Turk;
Turkmenistan/Turkmen;Tuvalu/Tuvaluan;Uganda/Ugandan;Ukraine/Ukrainian;United Arab Emirates|UAE|U.A.E./Emirati;
United Kingdom|UK|U.K.|Britain|Great Britain/British|Briton;England/English;Scotland/Scottish|Scot;
Wales/Welsh;Northern Ireland/Northern Irish;
United States|United States of America|US|U.S.|USA|U.S.A.|America/American;Uruguay/Uruguayan;
Uzbekistan/Uzbek;Vanuatu/Ni-Vanuatu;Vatican City|Vatican|Holy See/Vatican;Venezuela/Venezuelan;
Vietnam|Viet Nam/Vietnamese;Yemen/Yemeni;Zambia/Zambian;Zimbabwe/Zimbabwean;
European Union|EU/European;Latin America/Latin American;Arab world/Arab;Africa/African;Asia/Asian
`;

export interface CountryEntry {
  readonly canonical: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
}

export const COUNTRIES: readonly CountryEntry[] = TABLE.split(';')
  .map((entry) => entry.trim())
  .filter((entry) => entry !== '')
  .map((entry) => {
    const [names = '', demonyms = ''] = entry.split('/');
    const nameList = names.split('|').map((name) => name.trim());
    return {
      canonical: nameList[0] ?? names,
      names: nameList,
      demonyms: demonyms.split('|').map((demonym) => demonym.trim()).filter((demonym) => demonym !== ''),
    };
  });
