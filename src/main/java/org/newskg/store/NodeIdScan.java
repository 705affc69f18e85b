package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;

/**
 * The store's quads as TDB2 node ids, for a pass over many quads that needs few of their nodes:
 * a scan of one predicate reads its index in order and decodes nothing, and the caller decodes
 * ({@link #node}) only the ids it keeps. Decoding a node that is not cached reads the node file,
 * so a scan that decoded every subject of a much-used predicate (a date on every statement)
 * would spend its time there. Valid only inside the read transaction that
 * {@link KgStore#readNodeIds} opens.
 */
public final class NodeIdScan {

    /** The ids of one quad's graph, subject and object. */
    @FunctionalInterface
    public interface QuadIds {
        void accept(NodeId graph, NodeId subject, NodeId object);
    }

    private final NodeTupleTable quads;
    private final NodeTable nodes;

    NodeIdScan(DatasetGraphTDB dsg) {
        this.quads = dsg.getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
    }

    /**
     * Every quad in a named graph with this predicate and, unless it is {@link Node#ANY}, this
     * object; none when either is not in the store.
     */
    public void forEach(Node predicate, Node object, QuadIds action) {
        NodeId p = nodes.getNodeIdForNode(predicate);
        NodeId o = Node.ANY.equals(object) ? NodeId.NodeIdAny : nodes.getNodeIdForNode(object);
        if (NodeId.isDoesNotExist(p) || NodeId.isDoesNotExist(o)) {
            return;
        }
        // The quad table's tuples are (graph, subject, predicate, object); TDB2 picks the index (POSG).
        quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, p, o).forEachRemaining(t -> action.accept(t.get(0), t.get(1), t.get(3)));
    }

    /** The node an id stands for. */
    public Node node(NodeId id) {
        return nodes.getNodeForNodeId(id);
    }
}
