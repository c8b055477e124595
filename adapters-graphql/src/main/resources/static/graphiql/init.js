// Starts the bundled GraphiQL (a file of its own, so that the page's Content-Security-Policy can forbid inline
// scripts). Every request needs credentials: put them in the Headers pane (below the editor), e.g.
//   { "Authorization": "Bearer nis2_..." }
// URL parameters query, variables and headers (JSON) prefill the editors.
(function () {
  var params = new URLSearchParams(window.location.search);
  var fetcher = GraphiQL.createFetcher({
    url: new URL('/graphql', window.location.href).toString(),
    headers: { 'Accept': 'application/graphql-response+json, application/json' }
  });
  var props = {
    fetcher: fetcher,
    defaultQuery: '# nis2-assessor GraphQL API\n# Put your token in the Headers pane below:\n#   { "Authorization": "Bearer nis2_..." }\n# then press the run button (or Ctrl-Enter).\n{\n  rulesVersion\n}\n',
    defaultHeaders: '{\n  "Authorization": "Bearer nis2_..."\n}',
    isHeadersEditorEnabled: true,
    defaultEditorToolsVisibility: 'headers'
  };
  if (params.get('query') !== null) { props.query = params.get('query'); }
  if (params.get('variables') !== null) { props.variables = params.get('variables'); }
  if (params.get('headers') !== null) { props.headers = params.get('headers'); }
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, props));
})();
