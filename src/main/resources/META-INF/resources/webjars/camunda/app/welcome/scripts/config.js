// The welcome page as the transition engine's (served from the application's classpath in place of
// Camunda's own config.js: META-INF/resources/webjars/camunda/app/welcome/scripts/).
export default {
  app: {
    vendor: 'Transition engine ·',
    name: 'Welcome'
  },
  // the browser's language when the webapp has it (fr.json beside Camunda's en.json), else English
  locales: {
    availableLocales: ['en', 'fr'],
    fallbackLocale: 'en'
  },
  links: [
    {
      label: 'Transition status report',
      href: '/reports/transition-status.html',
      description: 'Every operation in transition, or in the 24 months after it, as of a day you pick'
    }
  ],
  disableWelcomeMessage: true
};
