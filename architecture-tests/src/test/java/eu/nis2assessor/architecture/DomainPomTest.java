package eu.nis2assessor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The domain module's pom declares test libraries only: no framework can reach the domain's classpath. */
class DomainPomTest {

    @Test
    void domainDeclaresOnlyTestDependencies() throws Exception {
        Path pom = Path.of("..", "domain", "pom.xml");
        assertThat(pom).exists();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        var document = factory.newDocumentBuilder().parse(Files.newInputStream(pom));
        NodeList dependencies = document.getElementsByTagName("dependency");
        assertThat(dependencies.getLength()).isPositive();
        List<String> nonTest = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            NodeList scope = dependency.getElementsByTagName("scope");
            if (scope.getLength() == 0 || !"test".equals(scope.item(0).getTextContent().trim())) {
                nonTest.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent().trim());
            }
        }
        assertThat(nonTest).as("non-test dependencies of domain").isEmpty();
    }
}
