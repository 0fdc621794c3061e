// Cockpit as the transition engine's (served from the application's classpath in place of Camunda's
// own config.js: META-INF/resources/webjars/camunda/app/cockpit/scripts/).
export default {
  app: {
    vendor: 'Transition engine ·',
    name: 'Cockpit'
  },
  // ES modules of the frontend plugin API (Camunda 7.14+), relative to /camunda/app/cockpit/
  // the browser's language when the webapp has it (fr.json beside Camunda's en.json), else English
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  customScripts: [
    '../shared/language',
    'scripts/transitions/plugin',
    'scripts/transitions/read-only',
    'scripts/transitions/no-access'
  ],
  disableWelcomeMessage: true
};
