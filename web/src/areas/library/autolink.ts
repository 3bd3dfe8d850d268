/** The part of a Markdown syntax tree this plugin looks at. */
interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

// Ends before punctuation that usually closes the sentence rather than the address.
const URL_PATTERN = /https?:\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"»”’]/g;

function linkify(value: string): MdNode[] {
  const nodes: MdNode[] = [];
  let last = 0;
  for (const match of value.matchAll(URL_PATTERN)) {
    const start = match.index;
    if (start > last) nodes.push({ type: 'text', value: value.slice(last, start) });
    nodes.push({ type: 'link', url: match[0], children: [{ type: 'text', value: match[0] }] });
    last = start + match[0].length;
  }
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
  return nodes;
}

function visit(node: MdNode): void {
  if (!node.children || node.type === 'link' || node.type === 'linkReference') return;
  node.children = node.children.flatMap((child) =>
    child.type === 'text' && child.value ? linkify(child.value) : [child],
  );
  for (const child of node.children) visit(child);
}

/**
 * Plain CommonMark (without the GFM extension) leaves bare addresses such as https://www.imy.se as text;
 * the starter library writes them that way, so they are turned into links here.
 */
export function remarkAutolink() {
  return (tree: MdNode) => {
    visit(tree);
  };
}
