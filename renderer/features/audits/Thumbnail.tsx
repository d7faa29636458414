import { FileOutlined } from '@ant-design/icons';
import { Image, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/attachments/contract';
import { call } from '../../api/client';

/** A stored picture's thumbnail (click for the full picture); other files show as a tag with their name. */
export function Thumbnail({ file, size = 72 }: { file: Attachment; size?: number }) {
  const [thumb, setThumb] = useState<string | null>(null);
  const [full, setFull] = useState<string | undefined>();
  useEffect(() => {
    if (!file.hasThumbnail) return;
    let live = true;
    void call('attachments.thumbnail', { id: file.id }).then((r) => live && setThumb(`data:${r.mediaType};base64,${r.dataBase64}`));
    return () => {
      live = false;
    };
  }, [file.id, file.hasThumbnail]);
  if (!file.hasThumbnail) return <Tag icon={<FileOutlined />}>{file.name}</Tag>;
  return (
    <Image
      width={size}
      height={size}
      style={{ objectFit: 'cover', borderRadius: 4 }}
      alt={file.name}
      src={thumb ?? undefined}
      data-testid="thumbnail"
      preview={{
        src: full,
        onOpenChange: (open) => {
          if (open && !full) void call('attachments.get', { id: file.id }).then((r) => setFull(`data:${r.mediaType};base64,${r.dataBase64}`));
        },
      }}
    />
  );
}
