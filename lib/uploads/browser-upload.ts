// Browser side of the upload routes: XMLHttpRequest rather than fetch, because only it reports
// upload progress. Resolves with the route's JSON, or the error message it sent.

export type UploadOutcome<T> = { ok: true; data: T } | { ok: false; message: string };

export function sendUpload<T>(url: string, body: FormData, onProgress: (fraction: number) => void): Promise<UploadOutcome<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const response = xhr.response as (T & { error?: { message?: string } }) | null;
      if (xhr.status >= 200 && xhr.status < 300) resolve({ ok: true, data: response as T });
      else resolve({ ok: false, message: response?.error?.message ?? `The upload failed (error ${xhr.status}). Please try again.` });
    };
    xhr.onerror = () => resolve({ ok: false, message: 'The upload failed: check your connection and try again.' });
    xhr.send(body);
  });
}
