// Admin as the transition engine's (served from the application's classpath in place of Camunda's
// own config.js: META-INF/resources/webjars/camunda/app/admin/scripts/).
export default {
  app: {
    vendor: 'Transition engine ·',
    name: 'Admin'
  },
  // a member of staff who signs in here is taken to Tasklist (the script is Cockpit's); filters are
  // named beside their ids in the authorizations
  // the browser's language when the webapp has it (fr.json beside Camunda's en.json), else English
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  customScripts: ['../cockpit/scripts/transitions/no-access', 'scripts/filter-names', '../shared/language'],
  disableWelcomeMessage: true
};
