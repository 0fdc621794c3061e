/*
 * Custom script of Tasklist, Cockpit and Admin (each app's config.js:
 * customScripts: ['../shared/language.js']): dates in the language the webapp speaks, never month
 * first.
 *
 * - Each webapp loads the locale file of its language and that of the fallback (English), and each
 *   sets the dates' language (moment's) as it arrives: whichever comes last wins, so a French page
 *   showed "in 21 days" now and then. The fallback's date settings are dropped as its file
 *   arrives, so the page's own language sets the dates.
 * - Camunda Forms show a date field in the browser's own format, the one Intl gives for the locale
 *   'default': month/day/year for a browser in American English, which most staff read the other way
 *   round. Where that format puts the month first and the year last, the forms show ISO dates
 *   (2026-12-25) instead; French or British English keep their day/month/year. Only the 'default'
 *   locale changes, the one Camunda Forms ask for; the value sent to the engine is ISO anyway.
 * - The date pickers, the forms' (flatpickr) and the webapps' own (Angular UI's, named from Angular's
 *   $locale), name months and days in English whatever the language: they take the names from Intl
 *   in the page's language, so that no list of names is kept here, and start the week on Monday, as
 *   the locale files do.
 * - The page says which language it is in (<html lang>), for screen readers and hyphenation.
 */
const Native = Intl.DateTimeFormat;

function order(locale) {
  return new Native(locale)
    .formatToParts(new Date(Date.UTC(2020, 5, 5)))
    .map(part => part.type)
    .filter(type => type === 'day' || type === 'month' || type === 'year')
    .join(' ');
}

if (order('default') === 'month day year') {
  // Swedish writes dates as ISO 8601 does: year-month-day
  const ISO = 'sv-SE';
  const DateTimeFormat = function DateTimeFormat(locales, options) {
    return new Native(locales === 'default' ? ISO : locales, options);
  };
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = DateTimeFormat;
}

/** Month or day names in the language, from January or from Sunday (1 January 2023 was one). */
function names(language, field, style) {
  const format = new Native(language, {[field]: style, timeZone: 'UTC'});
  const count = field === 'month' ? 12 : 7;
  const date = i => (field === 'month' ? new Date(Date.UTC(2023, i, 1)) : new Date(Date.UTC(2023, 0, 1 + i)));
  return Array.from({length: count}, (_, i) => format.format(date(i)));
}

/** Calls use with window[name] once it is defined: now, or when a bundle defines it. */
function whenDefined(name, use) {
  if (window[name]) {
    use(window[name]);
    return;
  }
  let value;
  Object.defineProperty(window, name, {
    configurable: true,
    get: () => value,
    set: defined => {
      value = defined;
      use(defined);
    }
  });
}

function speak(language, $locale) {
  document.documentElement.lang = language;
  if (language === 'en') {
    return;
  }
  const months = names(language, 'month', 'long');
  Object.assign($locale.DATETIME_FORMATS, {
    MONTH: months,
    STANDALONEMONTH: months,
    SHORTMONTH: names(language, 'month', 'short'),
    DAY: names(language, 'weekday', 'long'),
    SHORTDAY: names(language, 'weekday', 'short'),
    // Angular counts from Monday (0)
    FIRSTDAYOFWEEK: 0
  });
  whenDefined('flatpickr', flatpickr =>
    flatpickr.localize({
      weekdays: {shorthand: names(language, 'weekday', 'short'), longhand: names(language, 'weekday', 'long')},
      months: {shorthand: names(language, 'month', 'short'), longhand: months},
      firstDayOfWeek: 1,
      time_24hr: true
    })
  );
}

const LOCALE_FILE = /\/locales\/([a-z]{2})\.json/;

whenDefined('angular', angular => {
  angular.module('ng').config([
    '$httpProvider',
    $httpProvider =>
      $httpProvider.interceptors.push([
        '$injector',
        $injector => ({
          response: response => {
            const file = LOCALE_FILE.exec(response.config.url || '');
            if (file && response.data && response.data.dateLocales && $injector.has('$translate')) {
              const $translate = $injector.get('$translate');
              const language = $translate.preferredLanguage() || $translate.proposedLanguage() || $translate.use();
              if (language && file[1] !== language) {
                // a copy: Angular may keep the response for others
                response.data = Object.assign({}, response.data);
                delete response.data.dateLocales;
              }
            }
            return response;
          }
        })
      ])
  ]);
  angular.module('ng').run([
    '$rootScope',
    '$locale',
    ($rootScope, $locale) => $rootScope.$on('$translateChangeSuccess', (event, change) => speak(change.language, $locale))
  ]);
});
