package org.newskg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Maven's project version); "dev" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Newskg.class.getPackage().getImplementationVersion();
        return new String[] {"newskg " + (v == null ? "dev" : v)
                + " (Apache Jena 5.6, Apache OpenNLP 2.5, Java " + System.getProperty("java.version") + ")"};
    }
}
