// Caregate's Swagger UI: documents every REST endpoint from the server's own OpenAPI document (/openapi).
// "Authorize" takes your API key for the Api-Key header.
window.onload = function () {
    window.ui = SwaggerUIBundle({
        url: new URL('../openapi?format=JSON', window.location.href).toString(),
        dom_id: '#swagger-ui',
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: 'StandaloneLayout'
    });
};
