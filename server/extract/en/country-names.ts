/**
 * Countries that press releases on education cooperation name after a ministry or department
 * ("Ministry of Labour and Vocational Training of Cambodia"): China's neighbours and partners in
 * vocational education, and the countries their partner schools are in. A body's name may end
 * with one of them.
 */
const countries = new Set(
  [
    "China", "Malaysia", "Singapore", "Indonesia", "Thailand", "Vietnam", "Viet Nam", "Laos", "Lao PDR", "Cambodia", "Myanmar",
    "Philippines", "the Philippines", "Brunei", "Timor-Leste", "Mongolia", "Russia", "Kazakhstan", "Kyrgyzstan", "Uzbekistan",
    "Tajikistan", "Turkmenistan", "Pakistan", "India", "Bangladesh", "Nepal", "Sri Lanka", "Maldives", "Japan", "Korea",
    "South Korea", "Republic of Korea", "the Republic of Korea", "Iran", "Iraq", "Turkey", "Egypt", "Saudi Arabia",
    "United Arab Emirates", "the United Arab Emirates", "Qatar", "Kenya", "Nigeria", "Ethiopia", "Tanzania", "Uganda", "Zambia",
    "Zimbabwe", "Ghana", "South Africa", "Morocco", "Algeria", "Djibouti", "Rwanda", "Germany", "France", "Italy", "Spain",
    "Portugal", "Netherlands", "the Netherlands", "Belgium", "Switzerland", "Austria", "Poland", "Hungary", "Serbia", "Greece",
    "Ireland", "United Kingdom", "the United Kingdom", "Britain", "Sweden", "Norway", "Finland", "Denmark", "United States",
    "the United States", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Australia", "New Zealand", "Fiji",
    "Papua New Guinea",
  ],
);

/** True when the words name a country ("Cambodia", "the Philippines", "Viet Nam"). */
export function isCountryName(text: string): boolean {
  return countries.has(text.trim());
}
