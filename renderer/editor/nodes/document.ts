import { Node } from '@tiptap/core';

/** Regulation blocks (group "structure") are allowed only here, at the top level. */
export const QmsDocument = Node.create({ name: 'doc', topNode: true, content: '(block | structure)+' });
