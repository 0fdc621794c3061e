/*
 * Tasklist's Camunda Forms (form-js 1.8) in the task's language. Loaded by Tasklist as a custom script: config.js, customScripts: ['scripts/form-language'].
 *
 * Dates are shared/language.js's: the browser's own format unless it puts the month first, then ISO.
 *
 * 1. The form's own messages in the form's language. The server sends a task's form translated
 *    (DeployedFormLanguage) and says its language in Content-Language; form-js writes its checks'
 *    messages in English ("Field is required."). They are replaced as they appear, for the form
 *    last fetched. A pattern's message never appears: the project's forms check patterns on the server
 *    only, which says in words what is expected (see docs/languages.md).
 *
 * 2. A refusal's message goes once the form is sent successfully: Tasklist keeps an error notification
 *    until it is closed, so after a successful completion it would still say the form was refused.
 */

/* form-js 1.8's messages, and what they say in each language the engine speaks besides English */
const MESSAGES = {
  fr: [
    [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
    [/^Field must have minimum value of (.*)\.$/, (m) => `La valeur doit être d’au moins ${m[1]}.`],
    [/^Field must have maximum value of (.*)\.$/, (m) => `La valeur doit être d’au plus ${m[1]}.`],
    [/^Field must have minimum length of (.*)\.$/, (m) => `Au moins ${m[1]} caractères.`],
    [/^Field must have maximum length of (.*)\.$/, (m) => `Au plus ${m[1]} caractères.`],
    [/^Field must be a valid email\.$/, () => 'Une adresse électronique est attendue.'],
    [/^Field must be a valid\s+international phone number\..*$/, () => 'Un numéro de téléphone international est attendu (par exemple +33 1 23 45 67 89).'],
    [/^Field must match pattern .*$/, () => 'Le format n’est pas celui attendu.']
  ]
};

let formLanguage = 'en';

const nativeFetch = window.fetch.bind(window);
window.fetch = async (resource, init) => {
  const response = await nativeFetch(resource, init);
  const url = typeof resource === 'string' ? resource : resource && resource.url;
  if (url && /\/deployed-(start-)?form(\?|$)/.test(url)) {
    formLanguage = (response.headers.get('Content-Language') || 'en').split('-')[0];
  }
  return response;
};

function translate(item) {
  const rules = MESSAGES[formLanguage];
  if (!rules || item.dataset.translated === item.textContent) {
    return;
  }
  for (const [pattern, say] of rules) {
    const match = item.textContent.match(pattern);
    if (match) {
      item.textContent = say(match);
      break;
    }
  }
  item.dataset.translated = item.textContent;
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-form-field-error li').forEach(translate);
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

/* a task's form sent and accepted: the error notifications of the earlier tries are closed */
const SUBMISSION = /\/task\/[^/]+\/(submit-form|complete)(\?|$)/;
const nativeOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (method === 'POST' && SUBMISSION.test(String(url))) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        document.querySelectorAll('.alert button.close').forEach((close) => {
          if (/danger|error/.test(close.closest('.alert').className)) {
            close.click();
          }
        });
      }
    });
  }
  return nativeOpen.call(this, method, url, ...rest);
};

export default [];
