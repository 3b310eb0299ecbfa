import java.io.File;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenFeature;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own generator on bundles/org.playbook.model/model/playbook.genmodel, as the
 * Eclipse IDE's "Generate Model Code" and "Generate Edit Code" would.
 * <p>
 * Usage: {@code GenerateModel <repository root> [--init-genmodel]}. With {@code --init-genmodel}
 * the genmodel is first created afresh from the .ecore with the settings below (how it was
 * made in the first place); without it, the committed genmodel is reconciled and used as is.
 */
public class GenerateModel {
  private static final String MODEL = "org.playbook.model";
  private static final String EDIT = "org.playbook.model.edit";
  /** Features whose text is long enough to want a multi-line editor in the Properties view. */
  private static final Set<String> MULTI_LINE = Set.of("notes", "description", "why", "belief", "cause", "summary",
      "text", "statement", "needs", "values", "strengths", "weaknesses", "responsibilities", "agenda", "body", "quote");

  public static void main(String[] args) throws Exception {
    File root = new File(args[0]).getCanonicalFile();
    boolean init = List.of(args).contains("--init-genmodel");
    EcorePlugin.getPlatformResourceMap().put(MODEL, URI.createFileURI(new File(root, "bundles/" + MODEL).getPath() + "/"));
    EcorePlugin.getPlatformResourceMap().put(EDIT, URI.createFileURI(new File(root, "bundles/" + EDIT).getPath() + "/"));

    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    URI genModelUri = URI.createPlatformResourceURI("/" + MODEL + "/model/playbook.genmodel", true);

    GenModel genModel = init ? createGenModel(resourceSet, genModelUri)
        : (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
    genModel.reconcile();
    genModel.setCanGenerate(true);

    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    generator.setInput(genModel);
    int worst = Diagnostic.OK;
    for (String type : new String[] {GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE}) {
      Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
      System.out.println(type + ": " + (result.getSeverity() == Diagnostic.OK ? "OK" : result.toString()));
      worst = Math.max(worst, result.getSeverity());
    }
    System.exit(worst >= Diagnostic.ERROR ? 1 : 0);
  }

  /** The genmodel settings Playbook uses; run once, then the .genmodel file is the record. */
  private static GenModel createGenModel(ResourceSet resourceSet, URI genModelUri) throws Exception {
    URI ecoreUri = genModelUri.trimSegments(1).appendSegment("playbook.ecore");
    EPackage ePackage = (EPackage) resourceSet.getResource(ecoreUri, true).getContents().get(0);
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(List.of(ePackage));
    genModel.getForeignModel().add("playbook.ecore");
    genModel.setModelName("Playbook");
    genModel.setModelPluginID(MODEL);
    genModel.setModelDirectory("/" + MODEL + "/src-gen");
    genModel.setEditPluginID(EDIT);
    genModel.setEditDirectory("/" + EDIT + "/src-gen");
    genModel.setEditPluginClass("org.playbook.model.provider.PlaybookEditPlugin");
    genModel.setImporterID("org.eclipse.emf.importer.ecore");
    genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
    genModel.setCopyrightFields(false);
    genModel.setOperationReflection(true);
    genModel.setImportOrganizing(true);
    genModel.setUpdateClasspath(false);
    genModel.setLineDelimiter("\n");

    GenPackage genPackage = genModel.getGenPackages().get(0);
    genPackage.setPrefix("Playbook");
    genPackage.setBasePackage("org.playbook");
    genPackage.setResource(GenResourceKind.XMI_LITERAL);
    genPackage.setFileExtensions("playbook,pbclient,practices");
    genPackage.setDisposableProviderFactory(true);
    for (GenClass genClass : genPackage.getGenClasses()) {
      for (GenFeature genFeature : genClass.getGenFeatures()) {
        genFeature.setPropertyCategory(genClass.getName());
        String doc = EcoreUtil.getDocumentation(genFeature.getEcoreFeature());
        if (doc != null) {
          genFeature.setPropertyDescription(doc);
        }
        if (MULTI_LINE.contains(genFeature.getName())) {
          genFeature.setPropertyMultiLine(true);
        }
      }
    }
    Resource resource = resourceSet.createResource(genModelUri);
    resource.getContents().add(genModel);
    resource.save(null);
    return genModel;
  }
}
