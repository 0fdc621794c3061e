// Cockpit as the transition engine's (served from the application's classpath in place of Camunda's
// own config.js: META-INF/resources/webjars/camunda/app/cockpit/scripts/).
export default {
  app: {
    vendor: 'Transition engine ·',
    name: 'Cockpit'
  },
  // ES modules of the frontend plugin API (Camunda 7.14+), relative to /camunda/app/cockpit/
  customScripts: [
    'scripts/transitions/plugin',
    'scripts/transitions/read-only',
    'scripts/transitions/no-access'
  ],
  disableWelcomeMessage: true
};
