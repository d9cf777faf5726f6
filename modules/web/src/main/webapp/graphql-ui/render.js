// Caregate's GraphiQL (the "API Explorer"): the schema loads without a key; paste your API key into the
// Headers tab as {"Authorization": "Basic <key>", "AuthorizationSource": "API"} to run queries.
const fetcher = GraphiQL.createFetcher({ url: new URL('../graphql', window.location.href).toString() });
const defaultQuery = `# Caregate GraphQL API Explorer
# 1. Open "Headers" below and enter: {"Authorization": "Basic YOUR_API_KEY", "AuthorizationSource": "API"}
# 2. Run:
query currentUser {
  user(or_current_user: true) {
    id
    first_name
    last_name
    email
    is_patient
  }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultQuery: defaultQuery,
        shouldPersistHeaders: true,
        defaultEditorToolsVisibility: 'headers'
    })
);
