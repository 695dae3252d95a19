import NewsIndex

/// The country graph as GraphML (readable by networkx, Gephi, yEd).
enum GraphML {
    static func encode(_ graph: CountryGraph) -> [UInt8] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="name" for="node" attr.name="name" attr.type="string"/>
              <key id="articleCount" for="node" attr.name="articleCount" attr.type="int"/>
              <key id="mentionCount" for="node" attr.name="mentionCount" attr.type="int"/>
              <key id="type" for="edge" attr.name="type" attr.type="string"/>
              <key id="cameo" for="edge" attr.name="cameo" attr.type="string"/>
              <key id="quadClass" for="edge" attr.name="quadClass" attr.type="int"/>
              <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>
              <key id="count" for="edge" attr.name="count" attr.type="int"/>
              <key id="articleCount" for="edge" attr.name="articleCount" attr.type="int"/>
              <graph id="countries" edgedefault="directed">

            """
        for node in graph.nodes {
            xml += "    <node id=\"\(XMLText.escape(node.id))\">"
            xml += "<data key=\"name\">\(XMLText.escape(node.name))</data>"
            xml += "<data key=\"articleCount\">\(node.articleCount)</data>"
            xml += "<data key=\"mentionCount\">\(node.mentionCount)</data></node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            xml += "    <edge id=\"e\(index)\" source=\"\(XMLText.escape(edge.source))\" "
            xml += "target=\"\(XMLText.escape(edge.target))\">"
            xml += "<data key=\"type\">\(edge.type.rawValue)</data><data key=\"cameo\">\(edge.type.cameo)</data>"
            xml += "<data key=\"quadClass\">\(edge.quadClass)</data><data key=\"goldstein\">\(edge.goldstein)</data>"
            xml += "<data key=\"count\">\(edge.count)</data>"
            xml += "<data key=\"articleCount\">\(edge.articleCount)</data></edge>\n"
        }
        xml += "  </graph>\n</graphml>\n"
        return Array(xml.utf8)
    }
}
