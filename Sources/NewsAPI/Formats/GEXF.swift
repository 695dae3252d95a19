import NewsIndex

/// The country graph as GEXF 1.3 (Gephi's format, readable by networkx).
enum GEXF {
    static func encode(_ graph: CountryGraph) -> [UInt8] {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>NewsGraph</creator><description>Relations between countries</description></meta>
              <graph mode="static" defaultedgetype="directed">
                <attributes class="node">
                  <attribute id="0" title="articleCount" type="integer"/>
                  <attribute id="1" title="mentionCount" type="integer"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="0" title="type" type="string"/>
                  <attribute id="1" title="cameo" type="string"/>
                  <attribute id="2" title="quadClass" type="integer"/>
                  <attribute id="3" title="goldstein" type="double"/>
                  <attribute id="4" title="count" type="integer"/>
                </attributes>
                <nodes>

            """
        for node in graph.nodes {
            xml += "      <node id=\"\(XMLText.escape(node.id))\" label=\"\(XMLText.escape(node.name))\"><attvalues>"
            xml += "<attvalue for=\"0\" value=\"\(node.articleCount)\"/>"
            xml += "<attvalue for=\"1\" value=\"\(node.mentionCount)\"/></attvalues></node>\n"
        }
        xml += "    </nodes>\n    <edges>\n"
        for (index, edge) in graph.edges.enumerated() {
            xml += "      <edge id=\"\(index)\" source=\"\(XMLText.escape(edge.source))\" "
            xml += "target=\"\(XMLText.escape(edge.target))\" weight=\"\(edge.count)\" "
            xml += "label=\"\(edge.type.rawValue)\"><attvalues>"
            xml += "<attvalue for=\"0\" value=\"\(edge.type.rawValue)\"/>"
            xml += "<attvalue for=\"1\" value=\"\(edge.type.cameo)\"/>"
            xml += "<attvalue for=\"2\" value=\"\(edge.quadClass)\"/>"
            xml += "<attvalue for=\"3\" value=\"\(edge.goldstein)\"/>"
            xml += "<attvalue for=\"4\" value=\"\(edge.count)\"/></attvalues></edge>\n"
        }
        xml += "    </edges>\n  </graph>\n</gexf>\n"
        return Array(xml.utf8)
    }
}
