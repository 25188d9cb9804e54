/**
 * Publishes a citation graph as linked data with embedded Apache Jena Fuseki.
 *
 * <p>Entry point: {@link org.citegraph.server.CitegraphServer} with
 * {@link org.citegraph.server.ServerOptions}. The rest of the package, by concern:
 * <ul>
 *   <li>URLs and formats: {@code SiteUrls} (the Cool-URI scheme: 303 from a resource IRI to its
 *       document, {@code Content-Location} naming the negotiated variant), {@code Representation},
 *       {@code ContentNegotiation};</li>
 *   <li>servlets: {@code ResourceServlet} (home page and 303/404/406), {@code DocumentServlet}
 *       ({@code /doc/…}, {@code /describe}), {@code QueryServlet}, {@code VoidServlet},
 *       {@code SitemapServlet}, {@code StaticServlet}; filters: {@code ServiceDescriptionFilter},
 *       {@code CorsFilter}, {@code RequestLimitFilter};</li>
 *   <li>data: {@code DatasetReader} runs the pages' SPARQL ({@code /queries/server/*.rq}, never
 *       SPARQL in Java) over the union of all graphs; {@code ResourceDescription} is the RDF
 *       description of a resource; {@code QueryPolicy} holds the timeout and SERVICE rules;</li>
 *   <li>pages: {@code HomePage}, {@code ResourcePage}, {@code Notes}, {@code Contributors},
 *       {@code QueryPage} build view records; {@code Values} and {@code Labels} turn RDF terms into
 *       links and labels; {@code Template} (a strict Mustache subset that escapes everything) renders
 *       them with the files under {@code /web/templates/}.</li>
 * </ul>
 */
package org.citegraph.server;
