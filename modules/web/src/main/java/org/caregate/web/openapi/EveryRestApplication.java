package org.caregate.web.openapi;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caregate.web.solo.SoloApplication;
import org.caregate.web.teleconsultation.TeleconsultationApplication;
import org.caregate.web.visits.IntegrationsApplication;
import org.caregate.web.visits.VisitApplication;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Makes {@code /openapi} one document for every REST surface — Solo's {@code /qapi}, {@code /teleconsultation},
 * {@code /integrations} and the visit pages at {@code /visit} — so that EHR integrators and the fuzz suite discover
 * every endpoint from it. Each contract is its own JAX-RS application (each answers errors in its own shape), but
 * SmallRye OpenAPI prefixes every resource with the path of one application only. With operation ids naming the
 * resource class and method ({@code mp.openapi.extensions.smallrye.operationIdStrategy=CLASS_METHOD}), this filter
 * puts each operation under its own application's path, tags it with the application, and marks the anonymous
 * surfaces as needing no API key.
 */
public class EveryRestApplication implements OASFilter {

    /** The REST applications, in the order their tags are listed. */
    private static final List<Surface> SURFACES = List.of(
            new Surface(new SoloApplication(), "Solo external API", false),
            new Surface(new TeleconsultationApplication(), "Teleconsultation", false),
            new Surface(new IntegrationsApplication(), "Context-aware linking", true),
            new Surface(new VisitApplication(), "Visit page", true));

    private static final Map<Class<? extends Annotation>, PathItem.HttpMethod> HTTP_METHODS = Map.of(
            GET.class, PathItem.HttpMethod.GET, POST.class, PathItem.HttpMethod.POST, PUT.class, PathItem.HttpMethod.PUT,
            PATCH.class, PathItem.HttpMethod.PATCH, DELETE.class, PathItem.HttpMethod.DELETE,
            HEAD.class, PathItem.HttpMethod.HEAD, OPTIONS.class, PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> rekeyed = new LinkedHashMap<>();
        openApi.getPaths().getPathItems().forEach((scannedPath, item) -> item.getOperations().forEach((method, operation) ->
                placement(method, operation).ifPresentOrElse(
                        placed -> add(rekeyed, placed.path(), method, tagged(operation, placed.surface())),
                        () -> add(rekeyed, scannedPath, method, operation))));
        Paths paths = OASFactory.createPaths();
        rekeyed.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> paths.addPathItem(entry.getKey(), entry.getValue()));
        openApi.setPaths(paths);
        SURFACES.forEach(surface -> openApi.addTag(OASFactory.createTag().name(surface.tag())
                .description("under " + surface.path())));
    }

    /** Where an operation really lives: its application's path, its resource's path and its method's path. */
    static Optional<Placed> placement(PathItem.HttpMethod httpMethod, Operation operation) {
        String id = operation.getOperationId();
        int separator = id == null ? -1 : id.indexOf('_');
        if (separator < 0) {
            return Optional.empty();
        }
        String className = id.substring(0, separator);
        String methodName = id.substring(separator + 1);
        for (Surface surface : SURFACES) {
            for (Class<?> resource : surface.application().getClasses()) {
                if (!resource.getSimpleName().equals(className)) {
                    continue;
                }
                for (Method method : resource.getMethods()) {
                    if (method.getName().equals(methodName) && httpMethod.equals(httpMethodOf(method))) {
                        return Optional.of(new Placed(surface, surface.path()
                                + join(pathOf(resource.getAnnotation(Path.class)), pathOf(method.getAnnotation(Path.class)))));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Operation tagged(Operation operation, Surface surface) {
        if (operation.getTags() == null || !operation.getTags().contains(surface.tag())) {
            operation.addTag(surface.tag());
        }
        if (surface.anonymous()) {
            // an empty requirement: callers need no credential (an empty list would be dropped from the document)
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        return operation;
    }

    private static void add(Map<String, PathItem> paths, String path, PathItem.HttpMethod method, Operation operation) {
        paths.computeIfAbsent(path, p -> OASFactory.createPathItem()).setOperation(method, operation);
    }

    private static PathItem.HttpMethod httpMethodOf(Method method) {
        Map<Class<? extends Annotation>, PathItem.HttpMethod> found = new HashMap<>();
        HTTP_METHODS.forEach((annotation, httpMethod) -> {
            if (method.isAnnotationPresent(annotation)) {
                found.put(annotation, httpMethod);
            }
        });
        return found.size() == 1 ? found.values().iterator().next() : null;
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    /** Joins path segments with single slashes: {@code "/v1/patients"} and {@code "/{patient_id}"}. */
    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                joined.append('/').append(trimmed);
            }
        }
        return joined.toString();
    }

    /** One REST application: its path, its tag, and whether its callers come without an API key. */
    record Surface(Application application, String tag, boolean anonymous) {

        String path() {
            jakarta.ws.rs.ApplicationPath path = application.getClass().getAnnotation(jakarta.ws.rs.ApplicationPath.class);
            return "/" + path.value().replaceAll("^/+|/+$", "");
        }
    }

    /** An operation's real path and the application it belongs to. */
    record Placed(Surface surface, String path) {
    }
}
