/* The playground bootstrap: GraphiQL 3 from the bundled UMD build, no inline script (strict CSP). */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var h = React.createElement;

  function variablesText(example) {
    return example.variables ? JSON.stringify(example.variables, null, 2) : '';
  }

  function openExample(editor, example) {
    editor.addTab();
    // The new tab's editors are filled on the next render; write the example after that.
    setTimeout(function () {
      if (editor.queryEditor) editor.queryEditor.setValue(example.query);
      if (editor.variableEditor) editor.variableEditor.setValue(variablesText(example));
    }, 0);
  }

  function ExamplesPanel() {
    var editor = GraphiQL.React.useEditorContext({ nonNull: true, caller: ExamplesPanel });
    return h(
      'section',
      { className: 'naig-examples', 'aria-label': 'Saved examples' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h(
        'p',
        { className: 'naig-examples-intro' },
        'Analyst questions on the bundled dataset. Each opens in a new tab.',
      ),
      h(
        'ul',
        null,
        config.examples.map(function (example, i) {
          return h(
            'li',
            { key: i },
            h(
              'button',
              {
                type: 'button',
                className: 'naig-example',
                onClick: function () {
                  openExample(editor, example);
                },
              },
              example.title,
            ),
            h('p', null, example.description),
          );
        }),
      ),
    );
  }

  function ExamplesIcon() {
    return h(
      'svg',
      {
        viewBox: '0 0 24 24',
        width: 20,
        height: 20,
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 1.5,
        'aria-hidden': 'true',
      },
      h('path', { d: 'M5 4h10l4 4v12H5z' }),
      h('path', { d: 'M8 11h8M8 14h8M8 17h5' }),
    );
  }

  var examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

  var props = {
    fetcher: GraphiQL.createFetcher({ url: config.endpoint }),
    defaultTabs: config.examples.map(function (example) {
      return { query: example.query, variables: variablesText(example) };
    }),
    defaultQuery:
      '# Write a query, or open one from the Examples panel (left).\n# Ctrl-Space: autocomplete. Ctrl-Enter: run.\n{\n  facilities(first: 5) { totalCount nodes { id name kind } }\n}\n',
    plugins: [examplesPlugin],
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: true,
    storage: GraphiQL.createLocalStorage({ namespace: 'naig-playground' }),
  };

  // The logo corner links to the visual explorer (served by the same API at /explore).
  var logo = h(
    GraphiQL.Logo,
    null,
    'GraphiQL · ',
    h(
      'a',
      { href: '/explore', className: 'naig-explorer-link', title: 'Map, supply graphs and scenarios' },
      'Visual explorer',
    ),
  );
  ReactDOM.createRoot(document.getElementById('graphiql')).render(h(GraphiQL, props, logo));
})();
