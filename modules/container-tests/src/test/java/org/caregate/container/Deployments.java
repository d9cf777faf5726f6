package org.caregate.container;

import java.io.File;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Small EARs made of the real, built modules: the platform (the runtime module, which migrates the database and
 * runs the broker, and the JMS adapter) plus the contexts a test class needs, with every library of the real EAR
 * in {@code lib/} and a WAR that carries the test.
 */
final class Deployments {

    /** Always deployed: migrations at start-up, the embedded broker, the event relay and their adapter. */
    private static final List<String> PLATFORM = List.of("runtime.jar", "jms-adapter.rar");

    private Deployments() {
    }

    /**
     * The platform and the named EJB modules of {@code caregate.ear} ({@code identity.jar}, ...), with the test class
     * in the test WAR. Identity needs {@code forms.jar} beside it (forms implements its {@code GroupOnboarding} port),
     * and forms needs {@code scheduling.jar} and so {@code visits.jar} (a chart note names its appointment); outreach
     * needs {@code billing.jar} (billing answers its {@code InvoiceNotices} port), which uses Stripe's client from the
     * server's module {@code com.stripe}.
     */
    static EnterpriseArchive withContexts(Class<?> test, String... ejbModules) {
        EnterpriseArchive real = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("caregate.ear")));
        List<String> modules = Stream.concat(PLATFORM.stream(), Stream.of(ejbModules)).toList();
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, "caregate.ear");
        real.getContent(path -> path.get().startsWith("/lib/")).forEach((path, node) -> {
            if (node.getAsset() != null) {
                ear.add(node.getAsset(), path);
            }
        });
        for (String module : modules) {
            ArchivePath path = real.getContent(p -> p.get().equals("/" + module)).keySet().stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(module + " is not a module of caregate.ear"));
            ear.add(real.get(path).getAsset(), path);
        }
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "container-tests.war")
                .addClasses(test, ContainerServer.class, Rows.class)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        ear.setApplicationXML(new StringAsset(applicationXml(modules)));
        ear.addAsManifestResource(new StringAsset(deploymentStructure(modules)), "jboss-deployment-structure.xml");
        return ear;
    }

    /** The jar a library class was loaded from, to ship the test's own libraries inside the server. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String applicationXml(List<String> modules) {
        String listed = modules.stream().map(module -> module.endsWith(".rar")
                        ? "<module><connector>" + module + "</connector></module>"
                        : "<module><ejb>" + module + "</ejb></module>")
                .collect(Collectors.joining());
        return "<application xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"10\">" + listed
                + "<module><web><web-uri>container-tests.war</web-uri><context-root>/container-tests</context-root>"
                + "</web></module><library-directory>lib</library-directory></application>";
    }

    /**
     * As the real EAR's: the Jakarta Messaging API for every module, jdk.unsupported for the broker, jdk.net for the
     * webhooks' HTTP client, Stripe's client for billing.
     */
    private static String deploymentStructure(List<String> modules) {
        String subDeployments = Stream.concat(modules.stream(), Stream.of("container-tests.war"))
                .map(module -> "<sub-deployment name=\"" + module + "\"><dependencies>"
                        + "<module name=\"jakarta.jms.api\"/>"
                        + (module.equals("billing.jar") ? "<module name=\"com.stripe\"/>" : "")
                        + "</dependencies></sub-deployment>")
                .collect(Collectors.joining());
        return "<jboss-deployment-structure xmlns=\"urn:jboss:deployment-structure:1.3\">"
                + "<ear-subdeployments-isolated>false</ear-subdeployments-isolated><deployment><dependencies>"
                + "<module name=\"jakarta.jms.api\" export=\"true\"/><module name=\"jdk.unsupported\"/>"
                + "<module name=\"jdk.net\"/>"
                + "</dependencies></deployment>" + subDeployments + "</jboss-deployment-structure>";
    }
}
