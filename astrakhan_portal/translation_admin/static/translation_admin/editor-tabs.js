// The page editor's tabs (one per language, see translation_admin/panels.py):
// a form that comes back with errors opens on the first tab that has one, so the
// message is in view; otherwise the editor finds the tab they used last
// (remembered in this browser), unless the address names a tab.
(() => {
  const storageKey = 'astrakhan-portal.editor-tab';

  const remember = (href) => {
    try {
      window.localStorage.setItem(storageKey, href);
    } catch (error) {
      // Storage switched off: the editor just starts on the first tab.
    }
  };

  const remembered = () => {
    try {
      return window.localStorage.getItem(storageKey);
    } catch (error) {
      return null;
    }
  };

  const start = () => {
    const tabs = document.querySelector('form [data-controller~="w-tabs"]');
    if (!tabs) return;
    const triggers = [...tabs.querySelectorAll('[role="tab"]')];
    triggers.forEach((trigger) => {
      trigger.addEventListener('click', () => remember(trigger.getAttribute('href')));
    });
    const panelWithError = [...tabs.querySelectorAll('[role="tabpanel"]')].find((panel) =>
      panel.querySelector('.error-message'),
    );
    let wanted = panelWithError ? `#${panelWithError.id}` : null;
    if (!wanted && !window.location.hash) wanted = remembered();
    const trigger = wanted && triggers.find((candidate) => candidate.getAttribute('href') === wanted);
    if (trigger && trigger.getAttribute('aria-selected') !== 'true') {
      trigger.click();
    }
  };

  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
})();
