package dev.mistral4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The structure every mistral4j module keeps, as ArchUnit rules: each module's {@code ArchitectureTest} imports its
 * own main classes (see {@link ModuleArchitectureTest}) and checks them against these rules.
 */
public final class ArchitectureRules {

    private static final String ROOT = "dev.mistral4j.";
    private static final Set<String> PROVIDER_ROOTS = Set.of("dev.mistral4j.client", "dev.mistral4j.langchain4j");

    /**
     * No cycle between packages; a package's {@code internal} and {@code spi} sub-packages count as part of it (a
     * face and its internals call each other by design).
     */
    public static final ArchRule NO_PACKAGE_CYCLES = SlicesRuleDefinition.slices()
            .assignedFrom(new PackageWithItsInternals())
            .should().beFreeOfCycles()
            .allowEmptyShould(true);

    /**
     * An {@code internal} package is reached only from its own module: the provider's ({@code dev.mistral4j.client..}
     * and {@code dev.mistral4j.langchain4j..}) only from the provider, any other module's only from that module.
     * Sibling modules use the provider's {@code spi} instead.
     */
    public static final ArchRule INTERNALS_STAY_IN_THEIR_MODULE = noClasses()
            .should(dependOnAnotherModulesInternals())
            .allowEmptyShould(true);

    /** The emulator is an independent server: it never uses the client or the LangChain4j faces. */
    public static final ArchRule EMULATOR_INDEPENDENT_OF_THE_CLIENT = noClasses()
            .that().resideInAPackage("dev.mistral4j.emulator..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.mistral4j.client..", "dev.mistral4j.langchain4j..")
            .allowEmptyShould(true);

    /**
     * No public method or constructor of a public type outside {@code ..internal..} and {@code ..spi..} takes or
     * returns an OkHttp or Okio type, the builders' {@code okHttpClient(OkHttpClient)} option aside.
     */
    public static final ArchRule NO_OKHTTP_IN_PUBLIC_METHODS = codeUnits()
            .that(arePublicApi())
            .and(isNotTheOkHttpClientOption())
            .should(notMentionOkHttp())
            .allowEmptyShould(true);

    /** No public field of a public type outside {@code ..internal..} and {@code ..spi..} has an OkHttp type. */
    public static final ArchRule NO_OKHTTP_IN_PUBLIC_FIELDS = fields()
            .that(arePublicApi())
            .should(notMentionOkHttp())
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }

    /** The main classes (not tests, not jars) under {@code packages}, as a module's test checks them. */
    public static JavaClasses mainClassesOf(String... packages) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(packages);
    }

    /** Every class of {@code packages}, from folders or jars: for rules about another module, such as the emulator. */
    public static JavaClasses classesOf(String... packages) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
    }

    /** The module a package belongs to: the provider for the client and the faces, else its first name below root. */
    static String moduleOf(String packageName) {
        for (String provider : PROVIDER_ROOTS) {
            if (packageName.equals(provider) || packageName.startsWith(provider + ".")) {
                return "mistral-model-provider";
            }
        }
        if (!packageName.startsWith(ROOT)) {
            return packageName;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return ROOT + (dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isInternal(String packageName) {
        return packageName.endsWith(".internal") || packageName.contains(".internal.");
    }

    private static ArchCondition<JavaClass> dependOnAnotherModulesInternals() {
        return new ArchCondition<>("depend on another module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith(ROOT) && isInternal(target) && !moduleOf(target).equals(from)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static <M extends JavaMember> DescribedPredicate<M> arePublicApi() {
        return DescribedPredicate.describe("are public members of public types outside internal and spi packages",
                member -> member.getModifiers().contains(JavaModifier.PUBLIC)
                        && member.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                        && enclosingTypesArePublic(member.getOwner())
                        && !isInternal(member.getOwner().getPackageName())
                        && !member.getOwner().getPackageName().matches(".*\\.spi(\\..*)?$"));
    }

    private static boolean enclosingTypesArePublic(JavaClass type) {
        return type.getEnclosingClass().map(outer -> outer.getModifiers().contains(JavaModifier.PUBLIC)
                && enclosingTypesArePublic(outer)).orElse(true);
    }

    private static DescribedPredicate<JavaCodeUnit> isNotTheOkHttpClientOption() {
        return DescribedPredicate.describe("are not the okHttpClient(OkHttpClient) builder option",
                unit -> !(unit.getName().equals("okHttpClient") && unit.getRawParameterTypes().size() == 1
                        && unit.getRawParameterTypes().get(0).isEquivalentTo(okhttp3.OkHttpClient.class)));
    }

    private static <M extends JavaMember> ArchCondition<M> notMentionOkHttp() {
        return new ArchCondition<>("not have an OkHttp or Okio type in their signature") {
            @Override
            public void check(M member, ConditionEvents events) {
                Set<String> okHttp = signatureTypes(member)
                        .map(JavaClass::getName)
                        .filter(name -> name.startsWith("okhttp3.") || name.startsWith("okio."))
                        .collect(Collectors.toCollection(java.util.TreeSet::new));
                if (!okHttp.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(member,
                            member.getFullName() + " has " + okHttp + " in its public signature"));
                }
            }
        };
    }

    private static Stream<JavaClass> signatureTypes(JavaMember member) {
        if (member instanceof JavaField field) {
            return field.getType().getAllInvolvedRawTypes().stream();
        }
        JavaCodeUnit unit = (JavaCodeUnit) member;
        return Stream.concat(unit.getReturnType().getAllInvolvedRawTypes().stream(),
                unit.getParameterTypes().stream().flatMap(type -> type.getAllInvolvedRawTypes().stream()));
    }

    /** Slices by package, {@code x.internal} and {@code x.spi} (and below) joined to {@code x}. */
    private static final class PackageWithItsInternals implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(name.replaceFirst("\\.(internal|spi)(\\..*)?$", ""));
        }

        @Override
        public String getDescription() {
            return "packages of dev.mistral4j, each with its internal and spi packages";
        }
    }
}
