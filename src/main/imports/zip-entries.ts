import yauzl from 'yauzl';

/**
 * Whether a zip file holds an entry of one of `names`, read from its central directory (at the
 * end of the file), so an entry written as a stream, whose size only follows its data, is
 * passed over without reading it: file-type gives up at such an entry (a large .xlsx written by
 * a streaming writer, ours among them, then looks like a plain zip).
 */
export function zipHasEntry(path: string, names: ReadonlySet<string>): Promise<boolean> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error) return reject(error);
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (names.has(entry.fileName)) {
          found = true;
          zip.close();
          resolve(true);
        } else zip.readEntry();
      });
      zip.on('end', () => found || resolve(false));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
