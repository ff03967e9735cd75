/** A letter only Vietnamese writes (a vowel with its tone or hat, or đ): how tests tell Vietnamese text from English. */
export const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
